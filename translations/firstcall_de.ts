<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AlertDesk</name>
    <message>
        <source>cannot read stored events: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read stored leads: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the journal: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not store the events: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not store lead changes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every request needs an &quot;id&quot;: a client-generated string of at most 200 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;availability&quot; must be &quot;available&quot; or &quot;away&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no alert for lead &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lead &quot;%1&quot; is not in your queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this alert has already been worked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already claimed by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only %1 can release this lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this lead is not claimed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only managers can reassign leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no rep named &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;disposition&quot; must be one of: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;durationSeconds&quot; must be a number of seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;startedAt&quot; is not an ISO 8601 date-time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown request type &quot;%1&quot; (expected claim, release, call, availability or reassign)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AlertQueueModel</name>
    <message>
        <source>%1h %2m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manager queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unclaimed → %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unclaimed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA breached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time left to claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time left to make the first call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallLogDialog</name>
    <message>
        <source>Call %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b style=&quot;font-size:large&quot;&gt;%1&lt;/b&gt;&lt;br&gt;%2 · %3&lt;br&gt;%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why now: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the call %1:%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you connected: qualify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has the problem we solve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has authority to buy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has a reason to act now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log the call as &quot;%1&quot; (key %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close without logging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left voicemail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting booked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not interested</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsoleApp</name>
    <message>
        <source>The demo uses its own access token.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>%1: cannot open database: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a usable SQLite database: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot create the schema table: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: database schema version %2 is newer than this program understands (%3); upgrade Firstcall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: migration to schema version %2 failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoFeed</name>
    <message>
        <source>cannot create a temporary directory for the demo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FeedServer</name>
    <message>
        <source>cannot listen for the feed on %1:%2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use GET for /health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use POST for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing or wrong write key (HTTP Basic auth, write key as user name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>body is not valid JSON at byte %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>body must be a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>batch[%1]: a call of %2 bytes is over the limit of %3 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>origin not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing or unknown access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>binary messages are not supported; send JSON text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too many messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1 messages a second; slow down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON at byte %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a message is a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a message needs a &quot;type&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier 1 hot lead: %1 (%2, %3), score %4. %5</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HttpServer</name>
    <message>
        <source>cannot listen on %1:%2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request headers larger than %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed request line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed header line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such endpoint: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed Content-Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request body of %1 bytes is over the limit of %2 bytes for %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed chunk size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request body is over the limit of %1 bytes for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request body is over the limit of %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadDetailView</name>
    <message>
        <source>Select a lead to see who they are, why they are hot and what they did.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dial through your softphone and open the call log (F5). Calling claims the lead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take this lead (F4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log call…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log a call made outside Firstcall (F6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Tier %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score &lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>claimed by you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>claimed by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unclaimed, in the manager queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unclaimed, escalated to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unclaimed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA breached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone: &lt;a href=&quot;tel:%1&quot;&gt;%2&lt;/a&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why hot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pattern: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Band: &lt;b&gt;%1&lt;/b&gt; — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (account)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (capped at %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signal history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not scored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account score %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also engaged:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No calls logged yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Firstcall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firstcall — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 took a lead you could see.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not done: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) waiting to send</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Firstcall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log a call…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unclaimed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;All I may see</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mute alert sound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Available for new leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Firstcall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Firstcall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Firstcall %1&lt;/b&gt;&lt;br&gt;Hot leads in front of the right rep within seconds, and one click to call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search name or company (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Follow-ups&lt;/b&gt; — double-click to open the lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claimed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No phone number for this lead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call logged: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier %1 lead: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hot lead: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s) due</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline since %1 — connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Offline since %1 — reconnecting in %n s</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. Scores keep decaying and SLA clocks keep running; your claims and calls are saved and will be sent when the feed is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Away (no new leads)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;table&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;↑ ↓&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Move through the queue&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F4&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Claim the selected lead&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F5&lt;/b&gt; or &lt;b&gt;Enter&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Call the selected lead (opens the call log)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F6&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Log a call made elsewhere&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;1&lt;/b&gt;–&lt;b&gt;6&lt;/b&gt;&lt;/td&gt;&lt;td&gt;In the call log: connected, voicemail, no answer, wrong number, meeting booked, not interested&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+1/2/3&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Show mine / unclaimed / all I may see&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+F&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Search by name or company&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Esc&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Back to the queue&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+A&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Toggle available / away&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+M&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Mute the alert sound&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Q&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Quit&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Reader</name>
    <message>
        <source>expected an object, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown field (expected one of: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a non-empty string, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a number, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be at least %1, got %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a duration such as &quot;30m&quot;, &quot;48h&quot; or &quot;7d&quot;, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an array, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a string, got %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RepCommand</name>
    <message>
        <source>Usage: firstcall-feed rep COMMAND [options] --db FILE

Manages the sales team known to the feed server.

Commands:
  add NAME --role sdr|ae|manager [--segment KEY=VALUE]... [--backup NAME]
                Adds a team member and prints their access token once.
  list [--format table|json]
                Lists the team (never the tokens).
  remove NAME   Removes a team member; reps they backed up have no backup after.
  token NAME    Gives a team member a new access token; the old one stops working.

Run firstcall-feed rep COMMAND --help for a command&apos;s options.
Exit status: 0 done, 2 nothing was done (the reason is on standard error).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>firstcall-feed rep: a command is missing: add, list, remove or token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>firstcall-feed rep: unknown command &quot;%1&quot;; expected add, list, remove or token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try firstcall-feed rep --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team database (SQLite file). Required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try %1 --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--db FILE is required: the team database to use (rep add creates it if needed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the rep&apos;s NAME is missing; try --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected one NAME, got %1: %2; quote a name that contains spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the rep&apos;s NAME is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no such database; rep add creates one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds a team member and prints their access token, once, as the last line of output. Only a hash of the token is stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rep&apos;s role. Required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sdr|ae|manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A segment the rep covers, such as region=EMEA or industry=Software. Repeat for several.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KEY=VALUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rep who takes this rep&apos;s unclaimed alerts; they must already be on the team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rep&apos;s name, unique in the team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--role is required: sdr, ae or manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--role: expected sdr, ae or manager, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--segment: expected KEY=VALUE with both parts non-empty, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--backup: the backup&apos;s name is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1 (%2). Access token (shown once, store it now):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the team: name, role, segments, backup and availability. Access tokens are never shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output format: table or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>table|json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rep list takes no arguments, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format: expected table or json, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one on the team yet; add someone with firstcall-feed rep add.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removes a team member; their access token stops working. Reps who had them as backup have no backup afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rep to remove.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup now for: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gives a team member a new access token and prints it, once, as the last line of output. The old token stops working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rep whose token to replace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New access token for %1; the old one no longer works (shown once, store it now):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message>
        <source>%1: cannot open rules file: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not valid JSON at byte %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a rules file is a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RulesParser</name>
    <message>
        <source>expected a signal type name, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown signal type &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object with at least one signal type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a signal type name uses lower case letters, digits and underscores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &quot;contact&quot; or &quot;account&quot;, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be below 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &quot;day&quot; or &quot;week&quot;, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &quot;none&quot; or &quot;rate&quot;, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object of event name -&gt; signal type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a page path pattern starts with &quot;/&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a valid regular expression: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &quot;call&quot;, &quot;email&quot; or &quot;nurture&quot;, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>steps must be in time order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least one band is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the claim window cannot be longer than the call SLA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bands are listed hottest first, each min below the one before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the last band must start at 0 so that every score has a band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no signal type has category &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>names no signal: give &quot;signals&quot; or &quot;categories&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is only allowed in tier patterns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refers to &quot;%1&quot;, which is not the id of an earlier condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs &quot;near&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no band has tier %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a pattern needs at least one condition</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScoreCommand</name>
    <message>
        <source>%1: OK: rules &quot;%2&quot;, %3 signal types, %4 event and %5 page mappings, %6 bands, %7 tier patterns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scores contacts and accounts from Segment Spec calls (JSON Lines, one call per line).
Exit status: 0 all lines scored, 1 some lines were bad (the rest are still scored), 2 error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scoring rules: a preset (hot, warm) or a rules JSON file. Default: hot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hot|warm|FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluate scores at this ISO 8601 instant. Default: now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TIME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output format: table or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>table|json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validate a rules file (or preset) and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events as JSON Lines; - reads standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE|-</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format: expected table or json, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--at: not an ISO 8601 date-time: &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected one events file (or - for standard input); try --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot open: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scores at %1 (rules &quot;%2&quot;)

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ALERT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts (%1)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CONTACT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ACCOUNT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SCORE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BAND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TIER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIGNALS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Accounts (%1)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BASE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CONTACTS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MULTIPLIERS</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScoringEngine</name>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1+ × %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in the last %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>score %1 ≥ %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SegmentReader</name>
    <message>
        <source>must be an array of calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON at byte %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a Segment call is a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feed server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a notification for new Tier 1 and Tier 2 leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play a sound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring the window to the front</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New hot lead:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appearance:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new server, token, language or appearance takes effect when Firstcall starts again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskListModel</name>
    <message>
        <source>Call %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nurture %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — due now (since %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamStore</name>
    <message>
        <source>a rep named %1 already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the backup %1 is not on the team; add them first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot add %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no rep named %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot clear the backups that named %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot remove %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot change the access token of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot change the availability of rep %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no rep with id %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TokenVault</name>
    <message>
        <source>the keychain did not answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your access token is kept in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system keychain is available (%1): your access token is kept in the settings file %2, readable by your user account only.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Firstcall: the hot-lead console for sales reps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run with an embedded feed server and simulated traffic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feed URL, e.g. ws://feed.example:8788/ (saved).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your access token from firstcall-feed rep add (saved).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local cache file (default: one per server and rep).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a PNG of the window after --grab-delay seconds, then quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds before --grab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appearance: light or dark.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firstcall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firstcall needs your team&apos;s feed server and your access token.

Start it once with --server ws://HOST:PORT/ --token TOKEN (your RevOps team creates the token with &quot;firstcall-feed rep add&quot;), or try it with --demo.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
