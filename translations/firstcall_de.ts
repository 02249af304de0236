<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AlertDesk</name>
    <message>
        <source>cannot read stored events: %1</source>
        <translation>gespeicherte Ereignisse können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>cannot read stored leads: %1</source>
        <translation>gespeicherte Leads können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>cannot read the journal: %1</source>
        <translation>das Journal kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>could not store the events: %1</source>
        <translation>die Ereignisse konnten nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>could not store lead changes: %1</source>
        <translation>Lead-Änderungen konnten nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>no alert for lead &quot;%1&quot;</source>
        <translation>kein Alert für Lead &quot;%1&quot;</translation>
    </message>
    <message>
        <source>lead &quot;%1&quot; is not in your queue</source>
        <translation>Lead &quot;%1&quot; ist nicht in Ihrer Warteschlange</translation>
    </message>
    <message>
        <source>this alert has already been worked</source>
        <translation>dieser Alert wurde bereits bearbeitet</translation>
    </message>
    <message>
        <source>already claimed by %1</source>
        <translation>bereits von %1 übernommen</translation>
    </message>
    <message>
        <source>only %1 can release this lead</source>
        <translation>nur %1 kann diesen Lead freigeben</translation>
    </message>
    <message>
        <source>this lead is not claimed</source>
        <translation>dieser Lead ist nicht übernommen</translation>
    </message>
    <message>
        <source>only managers can reassign leads</source>
        <translation>nur Manager können Leads neu zuweisen</translation>
    </message>
    <message>
        <source>no rep named &quot;%1&quot;</source>
        <translation>kein Teammitglied namens &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;from&quot; and &quot;to&quot; are dates (YYYY-MM-DD) or ISO 8601 date-times, from before to</source>
        <translation>&quot;from&quot; und &quot;to&quot; sind Datumsangaben (YYYY-MM-DD) oder Datums-/Zeitangaben nach ISO 8601, &quot;from&quot; vor &quot;to&quot;</translation>
    </message>
    <message>
        <source>unexpected request</source>
        <translation>unerwartete Anfrage</translation>
    </message>
    <message>
        <source>only managers can see the scoring calibration</source>
        <translation>nur Manager können die Kalibrierung der Bewertung sehen</translation>
    </message>
    <message>
        <source>you hold %1 claimed leads not called yet, the most allowed; call or release one before claiming another</source>
        <translation>Sie halten %1 übernommene Leads ohne Anruf, das erlaubte Maximum; rufen Sie einen an oder geben Sie einen frei, bevor Sie einen weiteren übernehmen</translation>
    </message>
    <message>
        <source>only managers can see the fairness ledger</source>
        <translation>nur Manager sehen das Fairness-Protokoll</translation>
    </message>
    <message>
        <source>only managers can see a lead&apos;s routing audit</source>
        <translation>nur Manager sehen das Routing-Protokoll eines Leads</translation>
    </message>
    <message>
        <source>the server cannot reach its database; try again shortly</source>
        <translation>der Server erreicht seine Datenbank nicht; bitte gleich noch einmal versuchen</translation>
    </message>
    <message>
        <source>only %1 or a manager can change this lead&apos;s follow-ups</source>
        <translation>nur %1 oder eine Führungskraft kann die Wiedervorlagen dieses Leads ändern</translation>
    </message>
    <message>
        <source>its holder</source>
        <translation>der Inhaber</translation>
    </message>
    <message>
        <source>lead &quot;%1&quot; has no follow-up task %2</source>
        <translation>Lead „%1“ hat keine Wiedervorlage %2</translation>
    </message>
    <message>
        <source>only managers can see the failed CRM syncs</source>
        <translation>nur Manager sehen die fehlgeschlagenen CRM-Synchronisierungen</translation>
    </message>
    <message>
        <source>only managers can retry a failed CRM sync</source>
        <translation>nur Manager können eine fehlgeschlagene CRM-Synchronisierung erneut versuchen</translation>
    </message>
    <message>
        <source>no sync &quot;%1&quot; in the outbox</source>
        <translation>keine Synchronisierung „%1“ im Postausgang</translation>
    </message>
    <message>
        <source>this sync was delivered already</source>
        <translation>diese Synchronisierung wurde bereits zugestellt</translation>
    </message>
</context>
<context>
    <name>AlertQueueModel</name>
    <message>
        <source>%1h %2m</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1:%2</source>
        <translation>%1:%2</translation>
    </message>
    <message>
        <source>%1 over</source>
        <translation>%1 überfällig</translation>
    </message>
    <message>
        <source>Tier %1</source>
        <translation>Tier %1</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>manager queue</source>
        <translation>Manager-Warteschlange</translation>
    </message>
    <message>
        <source>unclaimed → %1</source>
        <translation>nicht übernommen → %1</translation>
    </message>
    <message>
        <source>unclaimed</source>
        <translation>nicht übernommen</translation>
    </message>
    <message>
        <source>SLA breached</source>
        <translation>SLA überschritten</translation>
    </message>
    <message>
        <source>Time left to claim</source>
        <translation>Verbleibende Zeit zum Übernehmen</translation>
    </message>
    <message>
        <source>Time left to make the first call</source>
        <translation>Verbleibende Zeit bis zum ersten Anruf</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Signals</source>
        <translation>Signale</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartezeit</translation>
    </message>
    <message>
        <source>you</source>
        <translation>Sie</translation>
    </message>
    <message>
        <source>Account · call %1</source>
        <translation>Konto · %1 anrufen</translation>
    </message>
    <message>
        <source>%1 acct.</source>
        <translation>%1 Konto</translation>
    </message>
    <message>
        <source>Account score: its contacts&apos; signals and its own, times its multipliers; not capped like a contact&apos;s score</source>
        <translation>Konto-Score: die Signale seiner Kontakte und seine eigenen, mal seine Multiplikatoren; nicht gedeckelt wie der Score eines Kontakts</translation>
    </message>
    <message>
        <source>Call %1 (%2), the account&apos;s most engaged contact</source>
        <translation>%1 (%2) anrufen, den aktivsten Kontakt des Kontos</translation>
    </message>
</context>
<context>
    <name>AuditCommand</name>
    <message>
        <source>away</source>
        <translation>abwesend</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>offline</translation>
    </message>
    <message>
        <source>off hours</source>
        <translation>außerhalb der Arbeitszeit</translation>
    </message>
    <message>
        <source>at cap</source>
        <translation>am Limit</translation>
    </message>
    <message>
        <source>segment mismatch</source>
        <translation>Segment passt nicht</translation>
    </message>
    <message>
        <source>let the last leads run out unclaimed</source>
        <translation>ließ die letzten Leads unübernommen ablaufen</translation>
    </message>
    <message>
        <source>claim window ran out</source>
        <translation>Übernahmefrist abgelaufen</translation>
    </message>
    <message>
        <source>no rep available</source>
        <translation>kein Vertriebler verfügbar</translation>
    </message>
    <message>
        <source>round robin</source>
        <translation>Rotation</translation>
    </message>
    <message>
        <source>CRM owner</source>
        <translation>CRM-Besitzer</translation>
    </message>
    <message>
        <source>previous owner</source>
        <translation>bisheriger Besitzer</translation>
    </message>
    <message>
        <source>; skipped: %1</source>
        <translation>; übersprungen: %1</translation>
    </message>
    <message>
        <source>offered to %1</source>
        <translation>angeboten an %1</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>niemanden</translation>
    </message>
    <message>
        <source>offered to %1 (%2)</source>
        <translation>angeboten an %1 (%2)</translation>
    </message>
    <message>
        <source>claimed by %1 by calling, %2 min after the alert</source>
        <translation>von %1 per Anruf übernommen, %2 Min. nach dem Alarm</translation>
    </message>
    <message>
        <source>claimed by %1, %2 min after the alert</source>
        <translation>von %1 übernommen, %2 Min. nach dem Alarm</translation>
    </message>
    <message>
        <source>first call by %1, %2 min after the alert</source>
        <translation>erster Anruf von %1, %2 Min. nach dem Alarm</translation>
    </message>
    <message>
        <source>released (held by %1)</source>
        <translation>freigegeben (gehalten von %1)</translation>
    </message>
    <message>
        <source>escalated from %1 to %2 (%3)</source>
        <translation>eskaliert von %1 an %2 (%3)</translation>
    </message>
    <message>
        <source>escalated to %1 (%2)</source>
        <translation>eskaliert an %1 (%2)</translation>
    </message>
    <message>
        <source>rerouted from %1 to %2 (%1 %3)</source>
        <translation>umgeleitet von %1 an %2 (%1 %3)</translation>
    </message>
    <message>
        <source>reassigned by %1 from %2 to %3</source>
        <translation>von %1 neu zugewiesen: von %2 an %3</translation>
    </message>
    <message>
        <source>a manager</source>
        <translation>einer Führungskraft</translation>
    </message>
    <message>
        <source>SLA breach: no call by the deadline</source>
        <translation>SLA-Verletzung: kein Anruf bis zur Frist</translation>
    </message>
    <message>
        <source>REP</source>
        <translation>VERTRIEBLER</translation>
    </message>
    <message>
        <source>OFFERED</source>
        <translation>ANGEBOTEN</translation>
    </message>
    <message>
        <source>CLAIMED</source>
        <translation>ÜBERNOMMEN</translation>
    </message>
    <message>
        <source>ESCALATED TO</source>
        <translation>ESKALIERT AN</translation>
    </message>
    <message>
        <source>SKIPPED</source>
        <translation>ÜBERSPRUNGEN</translation>
    </message>
    <message>
        <source>CLAIM P50 MIN</source>
        <translation>ÜBERNAHME P50 MIN</translation>
    </message>
    <message>
        <source>FIRST CALL P50 MIN</source>
        <translation>ERSTER ANRUF P50 MIN</translation>
    </message>
    <message>
        <source>Prints every routing decision about a lead in order, each with its time (UTC): who it was offered to, who was skipped and why (away, offline, off hours, at cap, segment mismatch), claims, escalations, reroutes and reassignments.</source>
        <translation>Gibt jede Routing-Entscheidung zu einem Lead der Reihe nach mit ihrer Zeit (UTC) aus: wem er angeboten wurde, wer übersprungen wurde und warum (abwesend, offline, außerhalb der Arbeitszeit, am Limit, Segment passt nicht), Übernahmen, Eskalationen, Umleitungen und Neuzuweisungen.</translation>
    </message>
    <message>
        <source>The feed database: a SQLite file or a PostgreSQL URI (postgresql://[user@][host][:port]/dbname).</source>
        <translation>Die Feed-Datenbank: eine SQLite-Datei oder eine PostgreSQL-URI (postgresql://[user@][host][:port]/dbname).</translation>
    </message>
    <message>
        <source>FILE|URI</source>
        <translation>DATEI|URI</translation>
    </message>
    <message>
        <source>text (default) or json.</source>
        <translation>text (Standard) oder json.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>Instead of one lead: the fairness ledger per rep (offered, claimed, escalated to them, skipped and why, median minutes to claim and to first call).</source>
        <translation>Statt eines Leads: das Fairness-Konto je Vertriebler (angeboten, übernommen, an ihn eskaliert, übersprungen und warum, Median der Minuten bis zur Übernahme und bis zum ersten Anruf).</translation>
    </message>
    <message>
        <source>With --ledger: first day (YYYY-MM-DD, UTC); default: all.</source>
        <translation>Mit --ledger: erster Tag (JJJJ-MM-TT, UTC); Standard: alles.</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATUM</translation>
    </message>
    <message>
        <source>With --ledger: last day, included (YYYY-MM-DD, UTC).</source>
        <translation>Mit --ledger: letzter Tag, eingeschlossen (JJJJ-MM-TT, UTC).</translation>
    </message>
    <message>
        <source>LEAD_ID</source>
        <translation>LEAD_ID</translation>
    </message>
    <message>
        <source>The lead: contact:USER_ID or account:GROUP_ID.</source>
        <translation>Der Lead: contact:USER_ID oder account:GROUP_ID.</translation>
    </message>
    <message>
        <source>Try firstcall-feed audit --help.</source>
        <translation>Siehe firstcall-feed audit --help.</translation>
    </message>
    <message>
        <source>--db is required: the feed database to read</source>
        <translation>--db ist erforderlich: die zu lesende Feed-Datenbank</translation>
    </message>
    <message>
        <source>--format: expected text or json, got &quot;%1&quot;</source>
        <translation>--format: text oder json erwartet, erhalten: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--%1: expected a date (YYYY-MM-DD), got &quot;%2&quot;</source>
        <translation>--%1: ein Datum (JJJJ-MM-TT) erwartet, erhalten: &quot;%2&quot;</translation>
    </message>
    <message>
        <source>--ledger takes no LEAD_ID</source>
        <translation>--ledger nimmt keine LEAD_ID</translation>
    </message>
    <message>
        <source>expected one LEAD_ID (contact:USER_ID or account:GROUP_ID); try --help</source>
        <translation>genau eine LEAD_ID erwartet (contact:USER_ID oder account:GROUP_ID); siehe --help</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a lead id: expected contact:USER_ID or account:GROUP_ID</source>
        <translation>&quot;%1&quot; ist keine Lead-ID: contact:USER_ID oder account:GROUP_ID erwartet</translation>
    </message>
    <message>
        <source>--db: %1</source>
        <translation>--db: %1</translation>
    </message>
    <message>
        <source>%1: no such database</source>
        <translation>%1: keine solche Datenbank</translation>
    </message>
    <message>
        <source>%1: cannot read the audit: %2</source>
        <translation>%1: das Protokoll kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>No routing decisions recorded for %1.</source>
        <translation>Für %1 sind keine Routing-Entscheidungen aufgezeichnet.</translation>
    </message>
    <message>
        <source>; no CRM owner: %1</source>
        <translation>; kein CRM-Besitzer: %1</translation>
    </message>
</context>
<context>
    <name>CacheUpgradeDialog</name>
    <message>
        <source>Firstcall</source>
        <translation>Firstcall</translation>
    </message>
    <message>
        <source>Updating the local lead cache to this version…
This happens once and takes a few seconds for a large cache.</source>
        <translation>Der lokale Lead-Cache wird auf diese Version aktualisiert …
Das geschieht nur einmal und dauert bei einem großen Cache einige Sekunden.</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Stopping after the current step…
The cache finishes upgrading the next time Firstcall starts.</source>
        <translation>Wird nach dem laufenden Schritt angehalten …
Der Cache wird beim nächsten Start von Firstcall fertig aktualisiert.</translation>
    </message>
    <message>
        <source>The cache upgrade was stopped. Firstcall finishes upgrading the cache the next time it starts; the leads in it are kept.</source>
        <translation>Die Aktualisierung des Caches wurde angehalten. Firstcall aktualisiert den Cache beim nächsten Start fertig; die Leads darin bleiben erhalten.</translation>
    </message>
</context>
<context>
    <name>CalibrateCommand</name>
    <message>
        <source>Scoring rules to calibrate: a preset (hot, warm) or a rules JSON file. Default: hot.</source>
        <translation>Zu kalibrierende Bewertungsregeln: eine Vorgabe (hot, warm) oder eine JSON-Regeldatei. Standard: hot.</translation>
    </message>
    <message>
        <source>Scoring rules to replay: a preset (hot, warm) or a rules JSON file; repeat to compare several side by side. Default: hot.</source>
        <translation>Abzuspielende Bewertungsregeln: eine Vorgabe (hot, warm) oder eine JSON-Regeldatei; mehrfach angeben, um mehrere nebeneinander zu vergleichen. Standard: hot.</translation>
    </message>
    <message>
        <source>hot|warm|FILE</source>
        <translation>hot|warm|DATEI</translation>
    </message>
    <message>
        <source>Name of the track event that marks a conversion (exact, case-sensitive); repeatable. Default: &quot;%1&quot;.</source>
        <translation>Name des track-Ereignisses, das eine Konversion markiert (exakt, Groß-/Kleinschreibung beachten); wiederholbar. Standard: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>EVENT</source>
        <translation>EREIGNIS</translation>
    </message>
    <message>
        <source>Output format: table or json.</source>
        <translation>Ausgabeformat: table oder json.</translation>
    </message>
    <message>
        <source>table|json</source>
        <translation>table|json</translation>
    </message>
    <message>
        <source>Write the rules with every type&apos;s points replaced by the suggested points to this file.</source>
        <translation>Schreibt die Regeln mit den vorgeschlagenen Punkten anstelle der Punkte jedes Typs in diese Datei.</translation>
    </message>
    <message>
        <source>OUT.json</source>
        <translation>AUSGABE.json</translation>
    </message>
    <message>
        <source>The command.</source>
        <translation>Der Befehl.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>Events as JSON Lines; - reads standard input.</source>
        <translation>Ereignisse als JSON Lines; - liest von der Standardeingabe.</translation>
    </message>
    <message>
        <source>FILE|-</source>
        <translation>DATEI|-</translation>
    </message>
    <message>
        <source>--format: expected table or json, got &quot;%1&quot;</source>
        <translation>--format: table oder json erwartet, erhalten: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected one events file (or - for standard input); try firstcall-score %1 --help</source>
        <translation>genau eine Ereignisdatei erwartet (oder - für die Standardeingabe); siehe firstcall-score %1 --help</translation>
    </message>
    <message>
        <source>--rules: calibrate takes one rules file, got %1</source>
        <translation>--rules: calibrate nimmt eine Regeldatei, erhalten: %1</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Calibration of rules &quot;%1&quot;: %2 contacts, %3 converted (%4); outcome: %5
</source>
        <translation>Kalibrierung der Regeln &quot;%1&quot;: %2 Kontakte, %3 konvertiert (%4); Ergebnis: %5
</translation>
    </message>
    <message>
        <source>Too little data: %1 conversions, at least %2 are needed to suggest points; every type keeps its points.
</source>
        <translation>Zu wenige Daten: %1 Konversionen, mindestens %2 sind nötig, um Punkte vorzuschlagen; jeder Typ behält seine Punkte.
</translation>
    </message>
    <message>
        <source>too little data (%1 contacts, at least %2 needed): points kept</source>
        <translation>zu wenige Daten (%1 Kontakte, mindestens %2 nötig): Punkte beibehalten</translation>
    </message>
    <message>
        <source>too little data: points kept</source>
        <translation>zu wenige Daten: Punkte beibehalten</translation>
    </message>
    <message>
        <source>Signals (contacts with the signal before converting)
</source>
        <translation>Signale (Kontakte mit dem Signal vor der Konversion)
</translation>
    </message>
    <message>
        <source>SIGNAL</source>
        <translation>SIGNAL</translation>
    </message>
    <message>
        <source>CONTACTS</source>
        <translation>KONTAKTE</translation>
    </message>
    <message>
        <source>CONVERTED</source>
        <translation>KONVERTIERT</translation>
    </message>
    <message>
        <source>RATE</source>
        <translation>QUOTE</translation>
    </message>
    <message>
        <source>LIFT</source>
        <translation>LIFT</translation>
    </message>
    <message>
        <source>POINTS</source>
        <translation>PUNKTE</translation>
    </message>
    <message>
        <source>SUGGESTED</source>
        <translation>VORSCHLAG</translation>
    </message>
    <message>
        <source>NOTE</source>
        <translation>HINWEIS</translation>
    </message>
    <message>
        <source>Bands (by the highest score before converting)
</source>
        <translation>Stufen (nach der höchsten Punktzahl vor der Konversion)
</translation>
    </message>
    <message>
        <source>BAND</source>
        <translation>STUFE</translation>
    </message>
    <message>
        <source>Wrote the suggested points to %1.</source>
        <translation>Die vorgeschlagenen Punkte wurden in %1 geschrieben.</translation>
    </message>
    <message>
        <source>Backtest: %1 contacts, %2 converted; outcome: %3

</source>
        <translation>Backtest: %1 Kontakte, %2 konvertiert; Ergebnis: %3

</translation>
    </message>
    <message>
        <source>alerted contacts</source>
        <translation>alarmierte Kontakte</translation>
    </message>
    <message>
        <source>converted after an alert</source>
        <translation>nach einem Alarm konvertiert</translation>
    </message>
    <message>
        <source>precision</source>
        <translation>Präzision</translation>
    </message>
    <message>
        <source>recall</source>
        <translation>Trefferquote</translation>
    </message>
    <message>
        <source>median lead time (hours)</source>
        <translation>mittlere Vorlaufzeit (Stunden)</translation>
    </message>
    <message>
        <source>RULES</source>
        <translation>REGELN</translation>
    </message>
    <message>
        <source>--db: %1</source>
        <translation>--db: %1</translation>
    </message>
    <message>
        <source>%1: no such database</source>
        <translation>%1: keine solche Datenbank</translation>
    </message>
    <message>
        <source>Shows which signals preceded conversions (lift per signal type), how each band converted and what points the history suggests; can write them as a rules file.</source>
        <translation>Zeigt, welche Signale Konversionen vorausgingen (Lift je Signaltyp), wie jede Stufe konvertierte und welche Punkte die Historie nahelegt; kann sie als Regeldatei schreiben.</translation>
    </message>
    <message>
        <source>Replays a history and reports, for each rules file, how many contacts its alerts caught before they converted: precision, recall and the median lead time.</source>
        <translation>Spielt eine Historie erneut ab und berichtet für jede Regeldatei, wie viele Kontakte ihre Alarme vor der Konversion erfasst haben: Präzision, Trefferquote und die mittlere Vorlaufzeit.</translation>
    </message>
    <message>
        <source>The history is the feed database&apos;s events. A contact converts at its first call logged as a meeting booked or as a qualified connect, or at its first track call named as an --outcome.
Exit status: 0 done, 2 error.</source>
        <translation>Die Historie sind die Ereignisse der Feed-Datenbank. Ein Kontakt konvertiert bei seinem ersten Anruf, der als vereinbarter Termin oder als qualifiziertes Gespräch protokolliert wurde, oder bei seinem ersten track-Aufruf, der wie ein --outcome heißt.
Exit-Status: 0 erledigt, 2 Fehler.</translation>
    </message>
    <message>
        <source>A contact converts at its first track call named as an --outcome.
Exit status: 0 all lines read, 1 some lines were bad (the rest are still used), 2 error.</source>
        <translation>Ein Kontakt konvertiert bei seinem ersten track-Aufruf, der wie ein --outcome heißt.
Exit-Status: 0 alle Zeilen gelesen, 1 einige Zeilen waren fehlerhaft (der Rest wird trotzdem verwendet), 2 Fehler.</translation>
    </message>
    <message>
        <source>Name of a track event that marks a conversion too (exact, case-sensitive); repeatable.</source>
        <translation>Name eines track-Ereignisses, das ebenfalls eine Konversion markiert (exakt, Groß-/Kleinschreibung beachtet); wiederholbar.</translation>
    </message>
    <message>
        <source>The feed database: a SQLite file or a PostgreSQL URI (postgresql://...).</source>
        <translation>Die Feed-Datenbank: eine SQLite-Datei oder eine PostgreSQL-URI (postgresql://...).</translation>
    </message>
    <message>
        <source>FILE|URI</source>
        <translation>DATEI|URI</translation>
    </message>
    <message>
        <source>Try %1 %2 --help.</source>
        <translation>Siehe %1 %2 --help.</translation>
    </message>
    <message>
        <source>--db is required: the feed database whose history to use</source>
        <translation>--db ist erforderlich: die Feed-Datenbank, deren Historie verwendet wird</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;; the history comes from --db</source>
        <translation>unerwartetes Argument &quot;%1&quot;; die Historie kommt aus --db</translation>
    </message>
</context>
<context>
    <name>CallLogDialog</name>
    <message>
        <source>Call %1</source>
        <translation>%1 anrufen</translation>
    </message>
    <message>
        <source>&lt;b style=&quot;font-size:large&quot;&gt;%1&lt;/b&gt;&lt;br&gt;%2 · %3&lt;br&gt;%4</source>
        <translation>&lt;b style=&quot;font-size:large&quot;&gt;%1&lt;/b&gt;&lt;br&gt;%2 · %3&lt;br&gt;%4</translation>
    </message>
    <message>
        <source>Why now: %1</source>
        <translation>Warum jetzt: %1</translation>
    </message>
    <message>
        <source>On the call %1:%2</source>
        <translation>Im Gespräch %1:%2</translation>
    </message>
    <message>
        <source>Notes (optional)</source>
        <translation>Notizen (optional)</translation>
    </message>
    <message>
        <source>If you connected: qualify</source>
        <translation>Falls Sie jemanden erreicht haben: qualifizieren</translation>
    </message>
    <message>
        <source>Has the problem we solve</source>
        <translation>Hat das Problem, das wir lösen</translation>
    </message>
    <message>
        <source>Has authority to buy</source>
        <translation>Darf über den Kauf entscheiden</translation>
    </message>
    <message>
        <source>Has a reason to act now</source>
        <translation>Hat einen Grund, jetzt zu handeln</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>Log the call as &quot;%1&quot; (key %2)</source>
        <translation>Anruf als „%1“ protokollieren (Taste %2)</translation>
    </message>
    <message>
        <source>Close without logging</source>
        <translation>Schließen ohne Protokollieren</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Erreicht</translation>
    </message>
    <message>
        <source>Left voicemail</source>
        <translation>Auf Mailbox gesprochen</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Nicht abgenommen</translation>
    </message>
    <message>
        <source>Wrong number</source>
        <translation>Falsche Nummer</translation>
    </message>
    <message>
        <source>Meeting booked</source>
        <translation>Termin vereinbart</translation>
    </message>
    <message>
        <source>Not interested</source>
        <translation>Kein Interesse</translation>
    </message>
    <message>
        <source>Not dialled: your softphone did not start. Dial %1 by hand, then log the call.</source>
        <translation>Nicht gewählt: Ihr Softphone ist nicht gestartet. Wählen Sie %1 von Hand und protokollieren Sie dann den Anruf.</translation>
    </message>
    <message>
        <source>&lt;b&gt;If voicemail picks up:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Wenn die Mailbox rangeht:&lt;/b&gt; %1</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect to your team&apos;s feed</source>
        <translation>Mit dem Feed Ihres Teams verbinden</translation>
    </message>
    <message>
        <source>Firstcall shows your team&apos;s hot leads from its feed server. Your RevOps team gives you its address and your access token (made with &lt;i&gt;firstcall-feed rep add&lt;/i&gt;).</source>
        <translation>Firstcall zeigt die heißen Leads Ihres Teams von dessen Feed-Server. Ihr RevOps-Team gibt Ihnen seine Adresse und Ihr Zugangstoken (erstellt mit &lt;i&gt;firstcall-feed rep add&lt;/i&gt;).</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>Your access token</source>
        <translation>Ihr Zugangstoken</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Token:</translation>
    </message>
    <message>
        <source>T&amp;est the connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>Try the &amp;demo</source>
        <translation>&amp;Demo ausprobieren</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Wird getestet…</translation>
    </message>
    <message>
        <source>Not connected: %1</source>
        <translation>Nicht verbunden: %1</translation>
    </message>
    <message>
        <source>Connected as %1 (%2).</source>
        <translation>Verbunden als %1 (%2).</translation>
    </message>
</context>
<context>
    <name>ConnectionProbe</name>
    <message numerus="yes">
        <source>The feed did not answer within %n second(s).</source>
        <translation>
            <numerusform>Der Feed hat nicht innerhalb von %n Sekunde geantwortet.</numerusform>
            <numerusform>Der Feed hat nicht innerhalb von %n Sekunden geantwortet.</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a feed address: it looks like ws://HOST:PORT/ or wss://HOST/.</source>
        <translation>„%1“ ist keine Feed-Adresse: sie sieht aus wie ws://HOST:PORT/ oder wss://HOST/.</translation>
    </message>
    <message>
        <source>Enter your access token.</source>
        <translation>Geben Sie Ihr Zugangstoken ein.</translation>
    </message>
    <message>
        <source>The feed refused the token: %1.</source>
        <translation>Der Feed hat das Token abgewiesen: %1.</translation>
    </message>
</context>
<context>
    <name>ConsoleApp</name>
    <message>
        <source>The demo uses its own access token.</source>
        <translation>Die Demo verwendet ein eigenes Zugriffstoken.</translation>
    </message>
    <message>
        <source>The demo team has no %1: choose one of %2.</source>
        <translation>Das Demo-Team hat kein Teammitglied namens %1: Wählen Sie eines von %2.</translation>
    </message>
    <message>
        <source>Firstcall</source>
        <translation>Firstcall</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>CSV &amp;exportieren…</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>Teammitglied</translation>
    </message>
    <message>
        <source>The feed could not compute the metrics: %1</source>
        <translation>Der Feed konnte die Kennzahlen nicht berechnen: %1</translation>
    </message>
    <message>
        <source>Press Refresh to load the numbers from the feed.</source>
        <translation>Klicken Sie auf „Aktualisieren“, um die Zahlen aus dem Feed zu laden.</translation>
    </message>
    <message>
        <source>Whole team</source>
        <translation>Gesamtes Team</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>Ich</translation>
    </message>
    <message>
        <source>Metrics come from the feed: they are shown again when it is back.</source>
        <translation>Die Kennzahlen kommen vom Feed und werden wieder angezeigt, sobald der Feed wieder da ist.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n hot lead(s)&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%n heißer Lead&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;%n heiße Leads&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source> · %1% of active leads became hot</source>
        <translation> · %1 % der aktiven Leads wurden heiß</translation>
    </message>
    <message>
        <source> · first attempt P50 &lt;b&gt;%1&lt;/b&gt;, P95 %2</source>
        <translation> · erster Anrufversuch P50 &lt;b&gt;%1&lt;/b&gt;, P95 %2</translation>
    </message>
    <message>
        <source> · first connect P50 %1, P95 %2</source>
        <translation> · erstes Gespräch P50 %1, P95 %2</translation>
    </message>
    <message>
        <source> · claim to call P50 %1</source>
        <translation> · Übernahme bis Anruf P50 %1</translation>
    </message>
    <message>
        <source>≤ 5 min</source>
        <translation>≤ 5 min</translation>
    </message>
    <message>
        <source>5–30 min</source>
        <translation>5–30 min</translation>
    </message>
    <message>
        <source>&gt; 30 min</source>
        <translation>&gt; 30 min</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Response to hot leads</source>
        <translation>Reaktion auf heiße Leads</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alerts</translation>
    </message>
    <message>
        <source>First attempt, minutes after the alert</source>
        <translation>Erster Anrufversuch, Minuten nach dem Alert</translation>
    </message>
    <message>
        <source>P50</source>
        <translation>P50</translation>
    </message>
    <message>
        <source>P95</source>
        <translation>P95</translation>
    </message>
    <message>
        <source>Connect and conversion by response time</source>
        <translation>Erreichbarkeit und Konversion nach Reaktionszeit</translation>
    </message>
    <message>
        <source>Connect rate %</source>
        <translation>Erreichbarkeitsquote %</translation>
    </message>
    <message>
        <source>Qualified %</source>
        <translation>Qualifiziert %</translation>
    </message>
    <message>
        <source>Export metrics</source>
        <translation>Kennzahlen exportieren</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>First attempt
P50</source>
        <translation>Erster Versuch
P50</translation>
    </message>
    <message>
        <source>First attempt
P95</source>
        <translation>Erster Versuch
P95</translation>
    </message>
    <message>
        <source>First connect
P50</source>
        <translation>Erstes Gespräch
P50</translation>
    </message>
    <message>
        <source>First connect
P95</source>
        <translation>Erstes Gespräch
P95</translation>
    </message>
    <message>
        <source>First connect counts only the leads that were reached, and those were mostly called quickly: so its P50 can be below the first attempt&apos;s.</source>
        <translation>Das erste Gespräch zählt nur erreichte Leads, und die wurden meist schnell angerufen: Sein P50 kann daher unter dem des ersten Versuchs liegen.</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message numerus="yes">
        <source> (%n not called yet but still inside the call SLA: counted apart, not as never)</source>
        <translation>
            <numerusform> (%n noch nicht angerufen, aber noch innerhalb der Anruf-SLA: gesondert gezählt, nicht als nie)</numerusform>
            <numerusform> (%n noch nicht angerufen, aber noch innerhalb der Anruf-SLA: gesondert gezählt, nicht als nie)</numerusform>
        </translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>noch nicht</translation>
    </message>
    <message>
        <source>CSV, one row per figure (*.csv)</source>
        <translation>CSV, eine Zeile je Kennzahl (*.csv)</translation>
    </message>
    <message>
        <source>CSV, one row per rep or day, figures as columns (*.csv)</source>
        <translation>CSV, eine Zeile je Teammitglied oder Tag, Kennzahlen als Spalten (*.csv)</translation>
    </message>
    <message>
        <source>The feed&apos;s CSV could not be turned into columns.</source>
        <translation>Die CSV-Daten des Feeds ließen sich nicht in Spalten umwandeln.</translation>
    </message>
    <message>
        <source>Metrics exported to %1, one row per rep or day.</source>
        <translation>Kennzahlen nach %1 exportiert, eine Zeile je Teammitglied oder Tag.</translation>
    </message>
    <message>
        <source>Metrics exported to %1, one row per figure.</source>
        <translation>Kennzahlen nach %1 exportiert, eine Zeile je Kennzahl.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>%1: cannot open database: %2</source>
        <translation>%1: Datenbank kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1: not a usable SQLite database: %2</source>
        <translation>%1: keine verwendbare SQLite-Datenbank: %2</translation>
    </message>
    <message>
        <source>%1: cannot create the schema table: %2</source>
        <translation>%1: Schematabelle kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>%1: database schema version %2 is newer than this program understands (%3); upgrade Firstcall</source>
        <translation>%1: Datenbankschema-Version %2 ist neuer als die von diesem Programm unterstützte (%3); aktualisieren Sie Firstcall</translation>
    </message>
    <message>
        <source>%1: migration to schema version %2 failed: %3</source>
        <translation>%1: Migration auf Schemaversion %2 fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>%1: cannot move checkpoints to a thread: %2</source>
        <translation>%1: Checkpoints können nicht in einen Hintergrund-Thread verlagert werden: %2</translation>
    </message>
    <message>
        <source>%1: Qt&apos;s PostgreSQL driver (QPSQL) is not installed; on Debian: apt install libqt6sql6-psql</source>
        <translation>%1: Der PostgreSQL-Treiber von Qt (QPSQL) ist nicht installiert; unter Debian: apt install libqt6sql6-psql</translation>
    </message>
    <message>
        <source>%1: cannot connect to PostgreSQL: %2</source>
        <translation>%1: keine Verbindung zu PostgreSQL: %2</translation>
    </message>
    <message>
        <source>%1: not a usable PostgreSQL database: %2</source>
        <translation>%1: keine nutzbare PostgreSQL-Datenbank: %2</translation>
    </message>
    <message>
        <source>%1: cannot lock the schema for migration: %2</source>
        <translation>%1: das Schema lässt sich für die Migration nicht sperren: %2</translation>
    </message>
    <message>
        <source>%1: the upgrade stopped at schema version %2 of %3; it goes on at the next open</source>
        <translation>%1: die Aktualisierung hielt bei Schemaversion %2 von %3 an; sie geht beim nächsten Öffnen weiter</translation>
    </message>
</context>
<context>
    <name>DemoFeed</name>
    <message>
        <source>cannot create a temporary directory for the demo</source>
        <translation>temporäres Verzeichnis für die Demo kann nicht angelegt werden</translation>
    </message>
</context>
<context>
    <name>FeedCalibration</name>
    <message>
        <source>cannot read the events: %1</source>
        <translation>die Ereignisse können nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>FeedClient</name>
    <message>
        <source>&quot;%1&quot; is not a feed URL (ws://HOST:PORT/ or wss://HOST:PORT/)</source>
        <translation>&quot;%1&quot; ist keine Feed-URL (ws://HOST:PORT/ oder wss://HOST:PORT/)</translation>
    </message>
    <message>
        <source>no feed URL given</source>
        <translation>keine Feed-URL angegeben</translation>
    </message>
</context>
<context>
    <name>FeedServer</name>
    <message>
        <source>cannot listen for the feed on %1:%2: %3</source>
        <translation>kann für den Feed nicht auf %1:%2 lauschen: %3</translation>
    </message>
    <message>
        <source>missing or wrong write key (HTTP Basic auth, write key as user name)</source>
        <translation>Write Key fehlt oder ist falsch (HTTP Basic Auth, Write Key als Benutzername)</translation>
    </message>
    <message>
        <source>body is not valid JSON at byte %1: %2</source>
        <translation>Request-Body ist bei Byte %1 kein gültiges JSON: %2</translation>
    </message>
    <message>
        <source>body must be a JSON object</source>
        <translation>Request-Body muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <source>batch[%1]: a call of %2 bytes is over the limit of %3 bytes</source>
        <translation>batch[%1]: ein Call mit %2 Bytes überschreitet das Limit von %3 Bytes</translation>
    </message>
    <message>
        <source>origin not allowed</source>
        <translation>Origin nicht erlaubt</translation>
    </message>
    <message>
        <source>missing or unknown access token</source>
        <translation>Zugriffstoken fehlt oder ist unbekannt</translation>
    </message>
    <message>
        <source>binary messages are not supported; send JSON text</source>
        <translation>Binärnachrichten werden nicht unterstützt; senden Sie JSON-Text</translation>
    </message>
    <message>
        <source>too many messages</source>
        <translation>zu viele Nachrichten</translation>
    </message>
    <message>
        <source>more than %1 messages a second; slow down</source>
        <translation>mehr als %1 Nachrichten pro Sekunde; bitte langsamer senden</translation>
    </message>
    <message>
        <source>Tier 1 hot lead: %1 (%2, %3), score %4. %5</source>
        <translation>Heißer Tier-1-Lead: %1 (%2, %3), Score %4. %5</translation>
    </message>
    <message>
        <source>no longer on the team</source>
        <translation>nicht mehr im Team</translation>
    </message>
    <message>
        <source>the server cannot reach its database; changes wait until it can</source>
        <translation>der Server erreicht seine Datenbank nicht; Änderungen warten, bis er sie wieder erreicht</translation>
    </message>
</context>
<context>
    <name>FeedSockets</name>
    <message>
        <source>the feed is a WebSocket: use GET with an upgrade</source>
        <translation>der Feed ist ein WebSocket: GET mit Upgrade verwenden</translation>
    </message>
    <message>
        <source>an upgrade request has no body</source>
        <translation>eine Upgrade-Anfrage hat keinen Body</translation>
    </message>
    <message>
        <source>the feed is a WebSocket: send Upgrade: websocket and Connection: Upgrade</source>
        <translation>der Feed ist ein WebSocket: Upgrade: websocket und Connection: Upgrade senden</translation>
    </message>
    <message>
        <source>WebSocket version 13 is required</source>
        <translation>WebSocket-Version 13 ist erforderlich</translation>
    </message>
    <message>
        <source>Sec-WebSocket-Key is not 16 bytes in base64</source>
        <translation>Sec-WebSocket-Key ist nicht 16 Bytes in Base64</translation>
    </message>
</context>
<context>
    <name>HttpRequestParser</name>
    <message>
        <source>NUL byte in the request head</source>
        <translation>NUL-Byte im Kopf der Anfrage</translation>
    </message>
    <message>
        <source>bare CR (carriage return without line feed) in the request head</source>
        <translation>einzelnes CR (Wagenrücklauf ohne Zeilenvorschub) im Kopf der Anfrage</translation>
    </message>
    <message>
        <source>bare LF (line feed without carriage return) in the request head; lines end with CRLF</source>
        <translation>einzelnes LF (Zeilenvorschub ohne Wagenrücklauf) im Kopf der Anfrage; Zeilen enden mit CRLF</translation>
    </message>
    <message>
        <source>request headers larger than %1 bytes</source>
        <translation>Kopfzeilen der Anfrage größer als %1 Bytes</translation>
    </message>
    <message>
        <source>header line %1 starts with white space (obs-fold is not accepted)</source>
        <translation>Kopfzeile %1 beginnt mit Leerraum (obs-fold wird nicht angenommen)</translation>
    </message>
    <message>
        <source>header line %1 has no colon: &quot;%2&quot;</source>
        <translation>Kopfzeile %1 hat keinen Doppelpunkt: „%2“</translation>
    </message>
    <message>
        <source>white space before the colon in header line %1 (&quot;%2&quot;)</source>
        <translation>Leerraum vor dem Doppelpunkt in Kopfzeile %1 („%2“)</translation>
    </message>
    <message>
        <source>malformed header field name in line %1: &quot;%2&quot;</source>
        <translation>ungültiger Name eines Kopffelds in Zeile %1: „%2“</translation>
    </message>
    <message>
        <source>control character in the value of header %1</source>
        <translation>Steuerzeichen im Wert der Kopfzeile %1</translation>
    </message>
    <message>
        <source>malformed request line: &quot;%1&quot;</source>
        <translation>ungültige Anfragezeile: „%1“</translation>
    </message>
    <message>
        <source>malformed HTTP version in the request line: &quot;%1&quot;</source>
        <translation>ungültige HTTP-Version in der Anfragezeile: „%1“</translation>
    </message>
    <message>
        <source>HTTP version %1 is not supported; use HTTP/1.1</source>
        <translation>HTTP-Version %1 wird nicht unterstützt; HTTP/1.1 verwenden</translation>
    </message>
    <message>
        <source>malformed request target: &quot;%1&quot;</source>
        <translation>ungültiges Anfrageziel: „%1“</translation>
    </message>
    <message>
        <source>more than %1 header fields</source>
        <translation>mehr als %1 Kopffelder</translation>
    </message>
    <message>
        <source>more than one %1 header</source>
        <translation>mehr als eine Kopfzeile %1</translation>
    </message>
    <message>
        <source>Transfer-Encoding in an HTTP/1.0 request</source>
        <translation>Transfer-Encoding in einer HTTP/1.0-Anfrage</translation>
    </message>
    <message>
        <source>both Content-Length and Transfer-Encoding: the body&apos;s end is ambiguous</source>
        <translation>Content-Length und Transfer-Encoding zugleich: das Ende des Bodys ist mehrdeutig</translation>
    </message>
    <message>
        <source>Transfer-Encoding &quot;%1&quot; is not supported; only &quot;chunked&quot; alone is</source>
        <translation>Transfer-Encoding „%1“ wird nicht unterstützt; nur „chunked“ allein</translation>
    </message>
    <message>
        <source>malformed Content-Length &quot;%1&quot;: digits only</source>
        <translation>ungültige Content-Length „%1“: nur Ziffern</translation>
    </message>
    <message>
        <source>no Host header in an HTTP/1.1 request</source>
        <translation>keine Host-Kopfzeile in einer HTTP/1.1-Anfrage</translation>
    </message>
    <message>
        <source>unsupported expectation &quot;%1&quot;</source>
        <translation>nicht unterstützte Erwartung „%1“</translation>
    </message>
    <message>
        <source>request body of %1 bytes is over the limit of %2 bytes for %3</source>
        <translation>Body der Anfrage mit %1 Bytes überschreitet die Grenze von %2 Bytes für %3</translation>
    </message>
    <message>
        <source>bare CR (carriage return without line feed) in the %1</source>
        <translation>einzelnes CR (Wagenrücklauf ohne Zeilenvorschub) in: %1</translation>
    </message>
    <message>
        <source>bare LF (line feed without carriage return) in the %1</source>
        <translation>einzelnes LF (Zeilenvorschub ohne Wagenrücklauf) in: %1</translation>
    </message>
    <message>
        <source>%1 longer than %2 bytes</source>
        <translation>%1 länger als %2 Bytes</translation>
    </message>
    <message>
        <source>chunk size line</source>
        <translation>Zeile mit der Chunk-Größe</translation>
    </message>
    <message>
        <source>request body is over the limit of %1 bytes for %2</source>
        <translation>Body der Anfrage überschreitet die Grenze von %1 Bytes für %2</translation>
    </message>
    <message>
        <source>malformed chunk size &quot;%1&quot;: hexadecimal digits only</source>
        <translation>ungültige Chunk-Größe „%1“: nur Hexadezimalziffern</translation>
    </message>
    <message>
        <source>chunk data not followed by CRLF</source>
        <translation>auf die Chunk-Daten folgt kein CRLF</translation>
    </message>
    <message>
        <source>trailer section</source>
        <translation>Trailer-Abschnitt</translation>
    </message>
    <message>
        <source>chunk size lines larger than %1 bytes together</source>
        <translation>Zeilen mit Chunk-Größen zusammen größer als %1 Bytes</translation>
    </message>
</context>
<context>
    <name>HttpServer</name>
    <message>
        <source>cannot listen on %1:%2: %3</source>
        <translation>kann nicht auf %1:%2 lauschen: %3</translation>
    </message>
    <message>
        <source>no such endpoint: %1 %2</source>
        <translation>Endpunkt existiert nicht: %1 %2</translation>
    </message>
    <message>
        <source>request line and headers not complete within %1 seconds</source>
        <translation>Anfragezeile und Kopfzeilen nicht innerhalb von %1 Sekunden vollständig</translation>
    </message>
    <message>
        <source>request body arriving slower than %1 bytes a second</source>
        <translation>Body der Anfrage kommt langsamer als %1 Bytes pro Sekunde an</translation>
    </message>
    <message>
        <source>use %1 for %2</source>
        <translation>für %2 %1 verwenden</translation>
    </message>
</context>
<context>
    <name>Integrations</name>
    <message>
        <source>%1: cannot read the secret: %2</source>
        <translation>%1: das Geheimnis kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: the secret file is empty</source>
        <translation>%1: die Geheimnisdatei ist leer</translation>
    </message>
</context>
<context>
    <name>LeadDetailView</name>
    <message>
        <source>Select a lead to see who they are, why they are hot and what they did.</source>
        <translation>Wählen Sie einen Lead aus, um zu sehen, wer es ist, warum er heiß ist und was er getan hat.</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Anrufen</translation>
    </message>
    <message>
        <source>Dial through your softphone and open the call log (F5). Calling claims the lead.</source>
        <translation>Über Ihr Softphone wählen und das Anrufprotokoll öffnen (F5). Mit dem Anruf übernehmen Sie den Lead.</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <source>Take this lead (F4)</source>
        <translation>Diesen Lead übernehmen (F4)</translation>
    </message>
    <message>
        <source>Log call…</source>
        <translation>Anruf protokollieren…</translation>
    </message>
    <message>
        <source>Log a call made outside Firstcall (F6)</source>
        <translation>Einen außerhalb von Firstcall geführten Anruf protokollieren (F6)</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>vor %n Min.</numerusform>
            <numerusform>vor %n Min.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>vor %n Std.</numerusform>
            <numerusform>vor %n Std.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Tier %1</source>
        <translation>Tier %1</translation>
    </message>
    <message>
        <source>Score &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Score &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>claimed by you</source>
        <translation>von Ihnen übernommen</translation>
    </message>
    <message>
        <source>claimed by %1</source>
        <translation>von %1 übernommen</translation>
    </message>
    <message>
        <source>unclaimed, in the manager queue</source>
        <translation>nicht übernommen, in der Manager-Warteschlange</translation>
    </message>
    <message>
        <source>unclaimed, escalated to %1</source>
        <translation>nicht übernommen, an %1 eskaliert</translation>
    </message>
    <message>
        <source>unclaimed</source>
        <translation>nicht übernommen</translation>
    </message>
    <message>
        <source>SLA breached</source>
        <translation>SLA überschritten</translation>
    </message>
    <message>
        <source>Call %1</source>
        <translation>%1 anrufen</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Ihr Lead</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Vergeben</translation>
    </message>
    <message>
        <source>Phone: &lt;a href=&quot;tel:%1&quot;&gt;%2&lt;/a&gt;</source>
        <translation>Telefon: &lt;a href=&quot;tel:%1&quot;&gt;%2&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Email: %1</source>
        <translation>E-Mail: %1</translation>
    </message>
    <message>
        <source>Stage: %1</source>
        <translation>Phase: %1</translation>
    </message>
    <message>
        <source>Why hot</source>
        <translation>Warum heiß</translation>
    </message>
    <message>
        <source>Alert: %1</source>
        <translation>Alert: %1</translation>
    </message>
    <message>
        <source>SLA: %1</source>
        <translation>SLA: %1</translation>
    </message>
    <message>
        <source>Follow-up: %1</source>
        <translation>Wiedervorlage: %1</translation>
    </message>
    <message>
        <source>Signal</source>
        <translation>Signal</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Aktuell</translation>
    </message>
    <message>
        <source> (account)</source>
        <translation> (Account)</translation>
    </message>
    <message>
        <source>Score now</source>
        <translation>Aktueller Score</translation>
    </message>
    <message>
        <source>Signal history</source>
        <translation>Signalverlauf</translation>
    </message>
    <message>
        <source>Account: %1</source>
        <translation>Konto: %1</translation>
    </message>
    <message>
        <source>account score %1 (%2)</source>
        <translation>Account-Score %1 (%2)</translation>
    </message>
    <message>
        <source>Also engaged:</source>
        <translation>Weitere aktive Kontakte:</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Anrufe</translation>
    </message>
    <message>
        <source>No calls logged yet.</source>
        <translation>Noch keine Anrufe protokolliert.</translation>
    </message>
    <message>
        <source>%1:%2</source>
        <translation>%1:%2</translation>
    </message>
    <message>
        <source>several contacts engaged</source>
        <translation>mehrere Kontakte aktiv</translation>
    </message>
    <message>
        <source>C-level engaged</source>
        <translation>C-Level beteiligt</translation>
    </message>
    <message>
        <source>by the pattern “%1”</source>
        <translation>nach dem Muster „%1“</translation>
    </message>
    <message>
        <source>by the alert trigger</source>
        <translation>durch den Alarmauslöser</translation>
    </message>
    <message>
        <source>by score</source>
        <translation>nach Score</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 Std.</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <source>claim within %1, call within %2</source>
        <translation>übernehmen innerhalb von %1, anrufen innerhalb von %2</translation>
    </message>
    <message>
        <source>first call within %1</source>
        <translation>Erstanruf innerhalb von %1</translation>
    </message>
    <message>
        <source>claim within %1</source>
        <translation>übernehmen innerhalb von %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Tier %1&lt;/b&gt; — %2</source>
        <translation>&lt;b&gt;Tier %1&lt;/b&gt; — %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The score alone is in the band %1.</source>
        <translation>Der Score allein liegt im Band %1.</translation>
    </message>
    <message>
        <source>Routing</source>
        <translation>Routing</translation>
    </message>
    <message>
        <source>The routing audit could not be read: %1</source>
        <translation>Das Routing-Protokoll konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>No routing decisions recorded yet.</source>
        <translation>Noch keine Routing-Entscheidungen aufgezeichnet.</translation>
    </message>
    <message>
        <source>CRM: logged</source>
        <translation>CRM: erfasst</translation>
    </message>
    <message>
        <source>CRM: &lt;a href=&quot;%1&quot;&gt;logged&lt;/a&gt;</source>
        <translation>CRM: &lt;a href=&quot;%1&quot;&gt;erfasst&lt;/a&gt;</translation>
    </message>
    <message>
        <source>CRM: failed: %1</source>
        <translation>CRM: fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>CRM: waiting</source>
        <translation>CRM: ausstehend</translation>
    </message>
    <message>
        <source>Open in CRM</source>
        <translation>Im CRM öffnen</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>von %1</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Folgeaufgaben</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>überfällig</translation>
    </message>
    <message>
        <source>due today</source>
        <translation>heute fällig</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Nurture</source>
        <translation>Nurturing</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Add note…</source>
        <translation>Notiz…</translation>
    </message>
    <message>
        <source>A note on this lead without a call; only you see it (Ctrl+N)</source>
        <translation>Eine Notiz zu diesem Lead ohne Anruf; nur Sie sehen sie (Strg+N)</translation>
    </message>
    <message>
        <source>Call %1, %2</source>
        <translation>%1 anrufen, %2</translation>
    </message>
    <message>
        <source>Contacts to call</source>
        <translation>Anzurufende Kontakte</translation>
    </message>
    <message>
        <source>score %1</source>
        <translation>Score %1</translation>
    </message>
    <message>
        <source>My notes</source>
        <translation>Meine Notizen</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Branche</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Mitarbeitende</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Tarif</translation>
    </message>
    <message>
        <source>ICP fit</source>
        <translation>ICP-Passung</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>CRM: waiting, the last try failed: %1</source>
        <translation>CRM: wartet, der letzte Versuch schlug fehl: %1</translation>
    </message>
    <message>
        <source>Score &lt;b&gt;%1&lt;/b&gt; (capped at %2)</source>
        <translation>Score &lt;b&gt;%1&lt;/b&gt; (gedeckelt bei %2)</translation>
    </message>
    <message>
        <source>Score now (capped at %1)</source>
        <translation>Aktueller Score (gedeckelt bei %1)</translation>
    </message>
    <message>
        <source>The signals add up to %1; a contact&apos;s score is capped at %2.</source>
        <translation>Die Signale ergeben zusammen %1; der Score eines Kontakts ist bei %2 gedeckelt.</translation>
    </message>
    <message>
        <source>The signals add up to %1; the account&apos;s multipliers make it %2 = %3.</source>
        <translation>Die Signale ergeben zusammen %1; mit den Multiplikatoren des Kontos %2 = %3.</translation>
    </message>
    <message>
        <source>%1 · not scored</source>
        <translation>%1 · nicht gewertet</translation>
    </message>
</context>
<context>
    <name>LedgerModel</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Leads the routing offered them</source>
        <translation>Leads, die das Routing ihnen angeboten hat</translation>
    </message>
    <message>
        <source>Leads escalated or rerouted to them from a colleague</source>
        <translation>Leads, die von Kollegen an sie eskaliert oder umgeleitet wurden</translation>
    </message>
    <message>
        <source>Median minutes from the alert to their claim</source>
        <translation>Median der Minuten vom Alarm bis zur Übernahme</translation>
    </message>
    <message>
        <source>Median minutes from the alert to their first call</source>
        <translation>Median der Minuten vom Alarm bis zum ersten Anruf</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>Teammitglied</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>Angeboten</translation>
    </message>
    <message>
        <source>Claimed</source>
        <translation>Übernommen</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übergangen</translation>
    </message>
    <message>
        <source>Times the rotation passed %1 over, by reason: %2</source>
        <translation>Wie oft die Rotation %1 übersprungen hat, nach Grund: %2</translation>
    </message>
    <message>
        <source>Times the rotation passed them over, by reason</source>
        <translation>Wie oft die Rotation sie übersprungen hat, nach Grund</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>Eskaliert</translation>
    </message>
    <message>
        <source>Claim, min</source>
        <translation>Annahme, Min.</translation>
    </message>
    <message>
        <source>Call, min</source>
        <translation>Anruf, Min.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Firstcall</source>
        <translation>Firstcall</translation>
    </message>
    <message>
        <source>Firstcall — %1</source>
        <translation>Firstcall — %1</translation>
    </message>
    <message>
        <source>%1 took a lead you could see.</source>
        <translation>%1 hat einen Lead übernommen, den Sie sehen konnten.</translation>
    </message>
    <message>
        <source>Not done: %1</source>
        <translation>Nicht ausgeführt: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) waiting to send</source>
        <translation>
            <numerusform>%n Aktion wartet auf Versand</numerusform>
            <numerusform>%n Aktionen warten auf Versand</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Firstcall</source>
        <translation>&amp;Firstcall</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Lead</source>
        <translation>&amp;Lead</translation>
    </message>
    <message>
        <source>&amp;Claim</source>
        <translation>Ü&amp;bernehmen</translation>
    </message>
    <message>
        <source>C&amp;all</source>
        <translation>&amp;Anrufen</translation>
    </message>
    <message>
        <source>&amp;Log a call…</source>
        <translation>Anruf &amp;protokollieren…</translation>
    </message>
    <message>
        <source>&amp;Release</source>
        <translation>&amp;Freigeben</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Mine</source>
        <translation>&amp;Meine</translation>
    </message>
    <message>
        <source>&amp;Unclaimed</source>
        <translation>&amp;Nicht übernommen</translation>
    </message>
    <message>
        <source>&amp;All I may see</source>
        <translation>&amp;Alle sichtbaren</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>&amp;Queue</source>
        <translation>&amp;Warteschlange</translation>
    </message>
    <message>
        <source>&amp;Mute alert sound</source>
        <translation>Alert-&amp;Ton stummschalten</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <source>&amp;Available for new leads</source>
        <translation>&amp;Verfügbar für neue Leads</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;About Firstcall</source>
        <translation>Ü&amp;ber Firstcall</translation>
    </message>
    <message>
        <source>About Firstcall</source>
        <translation>Über Firstcall</translation>
    </message>
    <message>
        <source>&lt;b&gt;Firstcall %1&lt;/b&gt;&lt;br&gt;Hot leads in front of the right rep within seconds, and one click to call.</source>
        <translation>&lt;b&gt;Firstcall %1&lt;/b&gt;&lt;br&gt;Heiße Leads in Sekunden bei der richtigen Person im Vertrieb – und ein Klick zum Anrufen.</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Aktionen</translation>
    </message>
    <message>
        <source>Search name or company (Ctrl+F)</source>
        <translation>Name oder Unternehmen suchen (Strg+F)</translation>
    </message>
    <message>
        <source>Lead queue</source>
        <translation>Lead-Warteschlange</translation>
    </message>
    <message>
        <source>&lt;b&gt;Follow-ups&lt;/b&gt; — double-click to open the lead</source>
        <translation>&lt;b&gt;Wiedervorlagen&lt;/b&gt; — Doppelklick öffnet den Lead</translation>
    </message>
    <message>
        <source>Follow-up tasks</source>
        <translation>Wiedervorlagen</translation>
    </message>
    <message>
        <source>Claimed.</source>
        <translation>Übernommen.</translation>
    </message>
    <message>
        <source>No phone number for this lead.</source>
        <translation>Für diesen Lead gibt es keine Telefonnummer.</translation>
    </message>
    <message>
        <source>Call logged: %1.</source>
        <translation>Anruf protokolliert: %1.</translation>
    </message>
    <message>
        <source>Tier %1 lead: %2</source>
        <translation>Tier-%1-Lead: %2</translation>
    </message>
    <message>
        <source>Hot lead: %1</source>
        <translation>Heißer Lead: %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s)</source>
        <translation>
            <numerusform>%n Lead</numerusform>
            <numerusform>%n Leads</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s) due</source>
        <translation>
            <numerusform>%n Wiedervorlage fällig</numerusform>
            <numerusform>%n Wiedervorlagen fällig</numerusform>
        </translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbindung wird hergestellt…</translation>
    </message>
    <message>
        <source>Offline since %1 — connecting…</source>
        <translation>Offline seit %1 — Verbindung wird hergestellt…</translation>
    </message>
    <message numerus="yes">
        <source>Offline since %1 — reconnecting in %n s</source>
        <translation>
            <numerusform>Offline seit %1 — neuer Verbindungsversuch in %n s</numerusform>
            <numerusform>Offline seit %1 — neuer Verbindungsversuch in %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>%1. Scores keep decaying and SLA clocks keep running; your claims and calls are saved and will be sent when the feed is back.</source>
        <translation>%1. Scores verfallen weiter und SLA-Uhren laufen weiter; Ihre Übernahmen und Anrufe werden gespeichert und gesendet, sobald der Feed wieder da ist.</translation>
    </message>
    <message>
        <source>&amp;Away (no new leads)</source>
        <translation>&amp;Abwesend (keine neuen Leads)</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;Team</source>
        <translation>&amp;Team</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Dashboard</translation>
    </message>
    <message>
        <source>Released: %1 is back in the queue for the team.</source>
        <translation>Freigegeben: %1 ist wieder in der Warteschlange des Teams.</translation>
    </message>
    <message>
        <source>The queue holds still while your pointer or keyboard is in it. Show the new leads now.</source>
        <translation>Die Warteschlange bleibt still, solange Mauszeiger oder Tastatur in ihr sind. Die neuen Leads jetzt zeigen.</translation>
    </message>
    <message numerus="yes">
        <source>%n new — show</source>
        <translation>
            <numerusform>%n neuer — zeigen</numerusform>
            <numerusform>%n neue — zeigen</numerusform>
        </translation>
    </message>
    <message>
        <source>No call logged: the lead is unclaimed again.</source>
        <translation>Kein Anruf protokolliert: der Lead ist wieder frei.</translation>
    </message>
    <message>
        <source>Refused by the feed: %1</source>
        <translation>Vom Feed abgewiesen: %1</translation>
    </message>
    <message>
        <source>The feed refused your access token: &quot;%1&quot;. Enter a new token in Firstcall → Settings (%2); until then you work offline.</source>
        <translation>Der Feed hat Ihr Zugangstoken abgewiesen: „%1“. Geben Sie unter Firstcall → Einstellungen (%2) ein neues Token ein; bis dahin arbeiten Sie offline.</translation>
    </message>
    <message>
        <source>&amp;Scoring</source>
        <translation>&amp;Bewertung</translation>
    </message>
    <message>
        <source>&amp;Email…</source>
        <translation>&amp;E-Mail…</translation>
    </message>
    <message>
        <source>Hi %1,</source>
        <translation>Hallo %1,</translation>
    </message>
    <message>
        <source>Thank you for your interest.</source>
        <translation>vielen Dank für Ihr Interesse.</translation>
    </message>
    <message>
        <source>Thank you for your interest (%1).</source>
        <translation>vielen Dank für Ihr Interesse (%1).</translation>
    </message>
    <message>
        <source>Would you have 15 minutes this week to talk about what %1 needs?</source>
        <translation>Hätten Sie diese Woche 15 Minuten, um darüber zu sprechen, was %1 braucht?</translation>
    </message>
    <message>
        <source>your team</source>
        <translation>Ihr Team</translation>
    </message>
    <message>
        <source>Best regards,</source>
        <translation>Viele Grüße</translation>
    </message>
    <message>
        <source>Following up</source>
        <translation>Nachfrage</translation>
    </message>
    <message>
        <source>Following up — %1</source>
        <translation>Nachfrage — %1</translation>
    </message>
    <message>
        <source>The feed server reaches its database again.</source>
        <translation>Der Feed-Server erreicht seine Datenbank wieder.</translation>
    </message>
    <message>
        <source>The feed server cannot reach its database: new alerts may be late. Your claims and calls are saved and will be sent when it is back.</source>
        <translation>Der Feed-Server erreicht seine Datenbank nicht: Neue Alerts können sich verspäten. Ihre Übernahmen und Anrufe sind gespeichert und werden gesendet, sobald er sie wieder erreicht.</translation>
    </message>
    <message>
        <source>&amp;Worked</source>
        <translation>&amp;Bearbeitet</translation>
    </message>
    <message>
        <source>Right-click a follow-up to mark it done, snooze it or reschedule it.</source>
        <translation>Rechtsklick auf eine Folgeaufgabe: erledigt, zurückstellen oder neu terminieren.</translation>
    </message>
    <message>
        <source>Connected — database unreachable</source>
        <translation>Verbunden – Datenbank nicht erreichbar</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Erledigt</translation>
    </message>
    <message>
        <source>Follow-up done.</source>
        <translation>Folgeaufgabe erledigt.</translation>
    </message>
    <message>
        <source>&amp;Snooze to the next business day</source>
        <translation>Auf den nächsten &amp;Werktag zurückstellen</translation>
    </message>
    <message>
        <source>Follow-up snoozed to the next business day.</source>
        <translation>Folgeaufgabe auf den nächsten Werktag zurückgestellt.</translation>
    </message>
    <message>
        <source>&amp;Reschedule…</source>
        <translation>&amp;Neu terminieren…</translation>
    </message>
    <message>
        <source>Reschedule the follow-up</source>
        <translation>Folgeaufgabe neu terminieren</translation>
    </message>
    <message>
        <source>Due on (a Saturday or Sunday moves to the Monday):</source>
        <translation>Fällig am (ein Samstag oder Sonntag wird zum Montag):</translation>
    </message>
    <message>
        <source>Follow-up rescheduled.</source>
        <translation>Folgeaufgabe neu terminiert.</translation>
    </message>
    <message>
        <source>&amp;Open the lead</source>
        <translation>Lead ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Add &amp;note…</source>
        <translation>&amp;Notiz hinzufügen…</translation>
    </message>
    <message>
        <source>Note on %1</source>
        <translation>Notiz zu %1</translation>
    </message>
    <message>
        <source>Your note (only you see it, on any machine):</source>
        <translation>Ihre Notiz (nur Sie sehen sie, auf jedem Rechner):</translation>
    </message>
    <message>
        <source>Note saved.</source>
        <translation>Notiz gespeichert.</translation>
    </message>
    <message>
        <source>Hi %1, it&apos;s %2 one last time. I don&apos;t want to keep chasing you: whenever %3 is ready to talk, just reply to my email and we&apos;ll find a time.</source>
        <translation>Hallo %1, hier ein letztes Mal %2. Ich möchte Sie nicht weiter verfolgen: Sobald %3 bereit für ein Gespräch ist, antworten Sie einfach auf meine E-Mail, und wir finden einen Termin.</translation>
    </message>
    <message>
        <source>Hi %1, %2 again, following up on my message about what %3 is looking at. I&apos;ll send you a short email with two times that could work; pick one or suggest another.</source>
        <translation>Hallo %1, noch einmal %2, ich melde mich wegen meiner Nachricht dazu, was %3 sich gerade ansieht. Ich schicke Ihnen eine kurze E-Mail mit zwei Terminvorschlägen; wählen Sie einen oder schlagen Sie einen anderen vor.</translation>
    </message>
    <message>
        <source>our product</source>
        <translation>unser Produkt</translation>
    </message>
    <message>
        <source>Hi %1, this is %2. I saw your interest (%3) and would love to hear what %4 wants to solve. I&apos;ll follow up by email; talk soon.</source>
        <translation>Hallo %1, hier ist %2. Ich habe Ihr Interesse gesehen (%3) und würde gern hören, was %4 lösen möchte. Ich melde mich per E-Mail; bis bald.</translation>
    </message>
    <message>
        <source>I have tried to reach you a few times, so this is my last note for now. If %1 wants to look at this later, just reply and I&apos;ll set up a time.</source>
        <translation>Ich habe einige Male versucht, Sie zu erreichen, daher ist dies vorerst meine letzte Nachricht. Wenn %1 sich das später ansehen möchte, antworten Sie einfach, und ich schlage einen Termin vor.</translation>
    </message>
    <message>
        <source>I called earlier and left you a message. Would 15 minutes this week work to talk about what %1 needs?</source>
        <translation>Ich habe vorhin angerufen und Ihnen eine Nachricht hinterlassen. Hätten Sie diese Woche 15 Minuten, um darüber zu sprechen, was %1 braucht?</translation>
    </message>
    <message>
        <source>&lt;table&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;↑ ↓&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Move through the queue&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F4&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Claim the selected lead&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F5&lt;/b&gt; or &lt;b&gt;Enter&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Call the selected lead (opens the call log)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F6&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Log a call made elsewhere&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+N&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Add a note to the lead without a call&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;1&lt;/b&gt;–&lt;b&gt;6&lt;/b&gt;&lt;/td&gt;&lt;td&gt;In the call log: connected, voicemail, no answer, wrong number, meeting booked, not interested&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+1/2/3/4&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Show mine / unclaimed / all I may see / my worked leads&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+F&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Search by name or company&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Esc&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Back to the queue&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+A&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Toggle available / away&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+M&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Mute the alert sound&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Q&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Quit&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;table&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;↑ ↓&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Durch die Warteschlange navigieren&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F4&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Ausgewählten Lead übernehmen&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F5&lt;/b&gt; oder &lt;b&gt;Enter&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Ausgewählten Lead anrufen (öffnet das Anrufprotokoll)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F6&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Anderweitig geführten Anruf protokollieren&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Strg+N&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Notiz zum Lead ohne Anruf hinzufügen&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;1&lt;/b&gt;–&lt;b&gt;6&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Im Anrufprotokoll: erreicht, Mailbox, nicht abgenommen, falsche Nummer, Termin vereinbart, kein Interesse&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Strg+1/2/3/4&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Meine / nicht übernommene / alle sichtbaren / meine bearbeiteten anzeigen&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Strg+F&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Nach Name oder Unternehmen suchen&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Esc&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Zurück zur Warteschlange&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Strg+Umschalt+A&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Zwischen verfügbar und abwesend wechseln&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Strg+M&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Alert-Ton stummschalten&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Strg+Q&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Beenden&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
    <message>
        <source>This note has %L1 characters; a note holds at most %L2. Please shorten it:</source>
        <translation>Diese Notiz hat %L1 Zeichen; eine Notiz fasst höchstens %L2. Bitte kürzen Sie sie:</translation>
    </message>
    <message>
        <source>Note not saved: it has %L1 characters; a note holds at most %L2.</source>
        <translation>Notiz nicht gespeichert: Sie hat %L1 Zeichen; eine Notiz fasst höchstens %L2.</translation>
    </message>
    <message>
        <source>lowercase</source>
        <extracomment>Mid-sentence, signal names are lowercased (&quot;lowercase&quot;) or kept as they are (&quot;keep&quot;, for a language that capitalizes nouns). Translate with one of the two words, untranslated.</extracomment>
        <translation>keep</translation>
    </message>
</context>
<context>
    <name>ManagerView</name>
    <message>
        <source>&lt;b&gt;Unclaimed and breached&lt;/b&gt; — oldest first</source>
        <translation>&lt;b&gt;Nicht übernommen oder SLA überschritten&lt;/b&gt; — älteste zuerst</translation>
    </message>
    <message>
        <source>Unclaimed and breached alerts</source>
        <translation>Alerts: nicht übernommen oder SLA überschritten</translation>
    </message>
    <message>
        <source>&lt;b&gt;Team&lt;/b&gt;</source>
        <translation>&lt;b&gt;Team&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Assign the selected lead to:</source>
        <translation>Ausgewählten Lead zuweisen an:</translation>
    </message>
    <message>
        <source>&amp;Assign</source>
        <translation>&amp;Zuweisen</translation>
    </message>
    <message>
        <source>Give the lead to this rep now; the feed records who reassigned it and when.</source>
        <translation>Den Lead jetzt diesem Teammitglied geben; der Feed protokolliert, wer ihn wann neu zugewiesen hat.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Assigned %1 to %2.</source>
        <translation>%1 an %2 zugewiesen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Fairness&lt;/b&gt; — last 30 days</source>
        <translation>&lt;b&gt;Fairness&lt;/b&gt; — letzte 30 Tage</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Read the fairness ledger from the feed again</source>
        <translation>Das Fairness-Protokoll erneut vom Feed lesen</translation>
    </message>
    <message>
        <source>Fairness ledger</source>
        <translation>Fairness-Protokoll</translation>
    </message>
    <message>
        <source>Could not read the ledger: %1</source>
        <translation>Das Protokoll konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>No routing decisions in the period.</source>
        <translation>Keine Routing-Entscheidungen im Zeitraum.</translation>
    </message>
    <message>
        <source>Offline: the ledger needs the feed.</source>
        <translation>Offline: das Protokoll braucht den Feed.</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Wird gelesen…</translation>
    </message>
    <message>
        <source>Fairness</source>
        <translation>Fairness</translation>
    </message>
    <message>
        <source>&lt;b&gt;CRM syncs and webhooks&lt;/b&gt; that failed or are being retried</source>
        <translation>&lt;b&gt;CRM-Synchronisierungen und Webhooks&lt;/b&gt;, die fehlschlugen oder erneut versucht werden</translation>
    </message>
    <message>
        <source>Re&amp;try</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>Queue the selected item again: the feed sends it now, up to three more tries</source>
        <translation>Den ausgewählten Eintrag erneut einreihen: der Feed sendet ihn jetzt, mit bis zu drei weiteren Versuchen</translation>
    </message>
    <message>
        <source>Read the failed syncs from the feed again</source>
        <translation>Die fehlgeschlagenen Synchronisierungen erneut vom Feed lesen</translation>
    </message>
    <message>
        <source>Failed CRM syncs</source>
        <translation>Fehlgeschlagene CRM-Synchronisierungen</translation>
    </message>
    <message>
        <source>Failed syncs</source>
        <translation>Fehlgeschlagene Syncs</translation>
    </message>
    <message>
        <source>Could not read the failed syncs: %1</source>
        <translation>Die fehlgeschlagenen Synchronisierungen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Every sync went through.</source>
        <translation>Alle Synchronisierungen sind durchgegangen.</translation>
    </message>
    <message>
        <source>Could not queue it again: %1</source>
        <translation>Konnte nicht erneut eingereiht werden: %1</translation>
    </message>
    <message>
        <source>Queued again: the feed sends it now.</source>
        <translation>Erneut eingereiht: der Feed sendet es jetzt.</translation>
    </message>
    <message>
        <source>Offline: the failed syncs need the feed.</source>
        <translation>Offline: die fehlgeschlagenen Synchronisierungen brauchen den Feed.</translation>
    </message>
    <message>
        <source>Offline: a retry needs the feed.</source>
        <translation>Offline: ein erneuter Versuch braucht den Feed.</translation>
    </message>
    <message>
        <source>Queuing it again…</source>
        <translation>Wird erneut eingereiht …</translation>
    </message>
    <message>
        <source>Failed syncs (%1)</source>
        <translation>Fehlgeschlagene Syncs (%1)</translation>
    </message>
</context>
<context>
    <name>MetricsStore</name>
    <message>
        <source>cannot read alerts: %1</source>
        <translation>Alerts können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>cannot read calls: %1</source>
        <translation>Anrufe können nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>Protocol</name>
    <message>
        <source>a snapshot without &quot;seq&quot;</source>
        <translation>ein Snapshot ohne &quot;seq&quot;</translation>
    </message>
    <message>
        <source>a lead message without &quot;seq&quot; or a lead id</source>
        <translation>eine Lead-Nachricht ohne &quot;seq&quot; oder Lead-ID</translation>
    </message>
    <message>
        <source>a resumed message without &quot;seq&quot;</source>
        <translation>eine resumed-Nachricht ohne &quot;seq&quot;</translation>
    </message>
    <message>
        <source>unknown message type &quot;%1&quot;</source>
        <translation>unbekannter Nachrichtentyp &quot;%1&quot;</translation>
    </message>
    <message>
        <source>every request needs an &quot;id&quot;: a client-generated string of at most 200 characters</source>
        <translation>jede Anfrage braucht eine &quot;id&quot;: eine vom Client erzeugte Zeichenkette mit höchstens 200 Zeichen</translation>
    </message>
    <message>
        <source>&quot;availability&quot; must be &quot;available&quot; or &quot;away&quot;</source>
        <translation>&quot;availability&quot; muss &quot;available&quot; oder &quot;away&quot; sein</translation>
    </message>
    <message>
        <source>&quot;disposition&quot; must be one of: %1</source>
        <translation>&quot;disposition&quot; muss einer der folgenden Werte sein: %1</translation>
    </message>
    <message>
        <source>&quot;durationSeconds&quot; must be a number of seconds</source>
        <translation>&quot;durationSeconds&quot; muss eine Anzahl Sekunden sein</translation>
    </message>
    <message>
        <source>&quot;startedAt&quot; is not an ISO 8601 date-time</source>
        <translation>&quot;startedAt&quot; ist keine Datums-/Zeitangabe nach ISO 8601</translation>
    </message>
    <message>
        <source>not valid JSON at byte %1: %2</source>
        <translation>kein gültiges JSON bei Byte %1: %2</translation>
    </message>
    <message>
        <source>a message is a JSON object</source>
        <translation>eine Nachricht muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <source>a message needs a &quot;type&quot;</source>
        <translation>eine Nachricht braucht einen &quot;type&quot;</translation>
    </message>
    <message>
        <source>&quot;lead&quot; must be a lead id (contact:USER_ID or account:GROUP_ID)</source>
        <translation>„lead“ muss eine Lead-ID sein (contact:USER_ID oder account:GROUP_ID)</translation>
    </message>
    <message>
        <source>&quot;task&quot; must be the id of one of the lead&apos;s tasks (a whole number)</source>
        <translation>„task“ muss die ID einer Aufgabe des Leads sein (eine ganze Zahl)</translation>
    </message>
    <message>
        <source>&quot;due&quot; is not an ISO 8601 date-time</source>
        <translation>„due“ ist kein ISO-8601-Zeitpunkt</translation>
    </message>
    <message>
        <source>&quot;text&quot; must be the note&apos;s text</source>
        <translation>„text“ muss der Text der Notiz sein</translation>
    </message>
    <message>
        <source>&quot;at&quot; is not an ISO 8601 date-time</source>
        <translation>„at“ ist kein ISO-8601-Zeitpunkt</translation>
    </message>
    <message>
        <source>unknown request type &quot;%1&quot; (expected claim, release, call, availability, reassign, metrics, calibration, ledger, audit, complete_task, snooze_task, reschedule_task, syncs, retry_sync or note)</source>
        <translation>unbekannter Anfragetyp „%1“ (erwartet: claim, release, call, availability, reassign, metrics, calibration, ledger, audit, complete_task, snooze_task, reschedule_task, syncs, retry_sync oder note)</translation>
    </message>
    <message>
        <source>&quot;item&quot; must be the id of a sync from the syncs list</source>
        <translation>„item“ muss die ID einer Synchronisierung aus der syncs-Liste sein</translation>
    </message>
    <message>
        <source>&quot;text&quot; is %1 characters long; a note holds at most %2</source>
        <translation>„text“ ist %1 Zeichen lang; eine Notiz fasst höchstens %2</translation>
    </message>
</context>
<context>
    <name>QueueFilterModel</name>
    <message>
        <source>No longer in your queue: it goes when you leave the queue.</source>
        <translation>Nicht mehr in Ihrer Warteschlange: verschwindet, sobald Sie die Warteschlange verlassen.</translation>
    </message>
</context>
<context>
    <name>RepCommand</name>
    <message>
        <source>Try firstcall-feed rep --help.</source>
        <translation>Siehe firstcall-feed rep --help.</translation>
    </message>
    <message>
        <source>Try %1 --help.</source>
        <translation>Siehe %1 --help.</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Aufruf: %1</translation>
    </message>
    <message>
        <source>the rep&apos;s NAME is missing; try --help</source>
        <translation>der NAME des Teammitglieds fehlt; siehe --help</translation>
    </message>
    <message>
        <source>expected one NAME, got %1: %2; quote a name that contains spaces</source>
        <translation>genau ein NAME erwartet, erhalten: %1: %2; setzen Sie Namen mit Leerzeichen in Anführungszeichen</translation>
    </message>
    <message>
        <source>the rep&apos;s NAME is empty</source>
        <translation>der NAME des Teammitglieds ist leer</translation>
    </message>
    <message>
        <source>%1: no such database; rep add creates one</source>
        <translation>%1: Datenbank existiert nicht; rep add legt eine an</translation>
    </message>
    <message>
        <source>Adds a team member and prints their access token, once, as the last line of output. Only a hash of the token is stored.</source>
        <translation>Fügt ein Teammitglied hinzu und gibt sein Zugriffstoken einmalig als letzte Ausgabezeile aus. Gespeichert wird nur ein Hash des Tokens.</translation>
    </message>
    <message>
        <source>sdr|ae|manager</source>
        <translation>sdr|ae|manager</translation>
    </message>
    <message>
        <source>KEY=VALUE</source>
        <translation>SCHLÜSSEL=WERT</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>The rep&apos;s name, unique in the team.</source>
        <translation>Der Name des Teammitglieds, eindeutig im Team.</translation>
    </message>
    <message>
        <source>--role is required: sdr, ae or manager</source>
        <translation>--role ist erforderlich: sdr, ae oder manager</translation>
    </message>
    <message>
        <source>--role: expected sdr, ae or manager, got &quot;%1&quot;</source>
        <translation>--role: sdr, ae oder manager erwartet, erhalten: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--segment: expected KEY=VALUE with both parts non-empty, got &quot;%1&quot;</source>
        <translation>--segment: SCHLÜSSEL=WERT mit zwei nicht leeren Teilen erwartet, erhalten: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--backup: the backup&apos;s name is empty</source>
        <translation>--backup: der Name der Vertretung ist leer</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Added %1 (%2). Access token (shown once, store it now):</source>
        <translation>%1 (%2) hinzugefügt. Zugriffstoken (wird nur einmal angezeigt, jetzt sicher aufbewahren):</translation>
    </message>
    <message>
        <source>Lists the team: name, role, segments, backup and availability. Access tokens are never shown.</source>
        <translation>Listet das Team auf: Name, Rolle, Segmente, Vertretung und Verfügbarkeit. Zugriffstokens werden nie angezeigt.</translation>
    </message>
    <message>
        <source>Output format: table or json.</source>
        <translation>Ausgabeformat: table oder json.</translation>
    </message>
    <message>
        <source>table|json</source>
        <translation>table|json</translation>
    </message>
    <message>
        <source>rep list takes no arguments, got &quot;%1&quot;</source>
        <translation>rep list erwartet keine Argumente, erhalten: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--format: expected table or json, got &quot;%1&quot;</source>
        <translation>--format: table oder json erwartet, erhalten: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>No one on the team yet; add someone with firstcall-feed rep add.</source>
        <translation>Noch niemand im Team; fügen Sie jemanden mit firstcall-feed rep add hinzu.</translation>
    </message>
    <message>
        <source>Removes a team member; their access token stops working. Reps who had them as backup have no backup afterwards.</source>
        <translation>Entfernt ein Teammitglied; sein Zugriffstoken wird ungültig. Wer es als Vertretung hatte, hat danach keine Vertretung mehr.</translation>
    </message>
    <message>
        <source>The rep to remove.</source>
        <translation>Das zu entfernende Teammitglied.</translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation>%1 entfernt.</translation>
    </message>
    <message>
        <source>Gives a team member a new access token and prints it, once, as the last line of output. The old token stops working.</source>
        <translation>Gibt einem Teammitglied ein neues Zugriffstoken und gibt es einmalig als letzte Ausgabezeile aus. Das alte Token wird ungültig.</translation>
    </message>
    <message>
        <source>The rep whose token to replace.</source>
        <translation>Das Teammitglied, dessen Token ersetzt werden soll.</translation>
    </message>
    <message>
        <source>New access token for %1; the old one no longer works (shown once, store it now):</source>
        <translation>Neues Zugriffstoken für %1; das alte ist ungültig (wird nur einmal angezeigt, jetzt sicher aufbewahren):</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>ROLLE</translation>
    </message>
    <message>
        <source>SEGMENTS</source>
        <translation>SEGMENTE</translation>
    </message>
    <message>
        <source>BACKUP</source>
        <translation>VERTRETUNG</translation>
    </message>
    <message>
        <source>AVAILABILITY</source>
        <translation>VERFÜGBARKEIT</translation>
    </message>
    <message>
        <source>The team database: a SQLite file or a PostgreSQL URI (postgresql://[user@][host][:port]/dbname). Required.</source>
        <translation>Die Teamdatenbank: eine SQLite-Datei oder eine PostgreSQL-URI (postgresql://[benutzer@][host][:port]/dbname). Erforderlich.</translation>
    </message>
    <message>
        <source>FILE|URI</source>
        <translation>DATEI|URI</translation>
    </message>
    <message>
        <source>--db FILE is required: the team database to use, a SQLite file (rep add creates it if needed) or a postgresql:// URI</source>
        <translation>--db DATEI ist erforderlich: die zu verwendende Teamdatenbank, eine SQLite-Datei (rep add legt sie bei Bedarf an) oder eine postgresql://-URI</translation>
    </message>
    <message>
        <source>--db: %1</source>
        <translation>--db: %1</translation>
    </message>
    <message>
        <source>firstcall-feed rep add [options] NAME --role sdr|ae|manager --db FILE|URI</source>
        <translation>firstcall-feed rep add [Optionen] NAME --role sdr|ae|manager --db DATEI|URI</translation>
    </message>
    <message>
        <source>firstcall-feed rep list [options] --db FILE|URI</source>
        <translation>firstcall-feed rep list [Optionen] --db DATEI|URI</translation>
    </message>
    <message>
        <source>firstcall-feed rep remove [options] NAME --db FILE|URI</source>
        <translation>firstcall-feed rep remove [Optionen] NAME --db DATEI|URI</translation>
    </message>
    <message>
        <source>firstcall-feed rep token [options] NAME --db FILE|URI</source>
        <translation>firstcall-feed rep token [Optionen] NAME --db DATEI|URI</translation>
    </message>
    <message>
        <source>WEIGHT</source>
        <translation>GEWICHT</translation>
    </message>
    <message>
        <source>HOURS</source>
        <translation>ARBEITSZEIT</translation>
    </message>
    <message>
        <source>TIME ZONE</source>
        <translation>ZEITZONE</translation>
    </message>
    <message>
        <source>Usage: firstcall-feed rep COMMAND [options] --db FILE|URI

Manages the sales team known to the feed server.

Commands:
  add NAME --role sdr|ae|manager [--segment KEY=VALUE]... [--backup NAME]...
      [--weight W] [--hours &quot;Mon-Fri 09:00-17:30&quot;] [--timezone Area/City] [--email ADDR]
                Adds a team member and prints their access token once.
  edit NAME [the options of add]
                Changes a team member; a running server applies it at once.
  list [--format table|json]
                Lists the team (never the tokens).
  remove NAME   Removes a team member; reps they backed up have no backup after.
  token NAME    Gives a team member a new access token; the old one stops working.

Run firstcall-feed rep COMMAND --help for a command&apos;s options.
Exit status: 0 done, 2 nothing was done (the reason is on standard error).
</source>
        <translation>Aufruf: firstcall-feed rep BEFEHL [Optionen] --db DATEI|URI

Verwaltet das Vertriebsteam, das dem Feed-Server bekannt ist.

Befehle:
  add NAME --role sdr|ae|manager [--segment SCHLÜSSEL=WERT]... [--backup NAME]...
      [--weight G] [--hours &quot;Mon-Fri 09:00-17:30&quot;] [--timezone Gebiet/Stadt] [--email ADRESSE]
                Fügt ein Teammitglied hinzu und gibt sein Zugriffstoken einmalig aus.
  edit NAME [die Optionen von add]
                Ändert ein Teammitglied; ein laufender Server übernimmt es sofort.
  list [--format table|json]
                Listet das Team auf (niemals die Tokens).
  remove NAME   Entfernt ein Teammitglied; es ist danach niemandes Vertretung mehr.
  token NAME    Gibt einem Teammitglied ein neues Zugriffstoken; das alte wird ungültig.

Die Optionen eines Befehls zeigt firstcall-feed rep BEFEHL --help.
Exit-Status: 0 erledigt, 2 nichts wurde getan (der Grund steht in der Standardfehlerausgabe).
</translation>
    </message>
    <message>
        <source>firstcall-feed rep: a command is missing: add, edit, list, remove or token</source>
        <translation>firstcall-feed rep: Befehl fehlt: add, edit, list, remove oder token</translation>
    </message>
    <message>
        <source>firstcall-feed rep: unknown command &quot;%1&quot;; expected add, edit, list, remove or token</source>
        <translation>firstcall-feed rep: unbekannter Befehl &quot;%1&quot;; erwartet: add, edit, list, remove oder token</translation>
    </message>
    <message>
        <source>The rep&apos;s role (required for add).</source>
        <translation>Die Rolle des Vertrieblers (für add erforderlich).</translation>
    </message>
    <message>
        <source>A segment the rep covers, such as region=EMEA or industry=Software. Repeat for several; on edit the given ones replace the old (&quot;&quot; for none).</source>
        <translation>Ein Segment, das der Vertriebler abdeckt, etwa region=EMEA oder industry=Software. Für mehrere wiederholen; bei edit ersetzen die angegebenen die bisherigen (&quot;&quot; für keine).</translation>
    </message>
    <message>
        <source>A rep who takes this rep&apos;s unclaimed alerts; they must already be on the team. Repeat for several, tried in order; on edit &quot;&quot; for none.</source>
        <translation>Wer die nicht übernommenen Alarme dieses Vertrieblers bekommt; muss bereits zum Team gehören. Für mehrere wiederholen, der Reihe nach versucht; bei edit &quot;&quot; für keine.</translation>
    </message>
    <message>
        <source>The rep&apos;s share of new leads relative to colleagues&apos; (default 1; 2 gets twice as many).</source>
        <translation>Der Anteil des Vertrieblers an neuen Leads im Verhältnis zu den Kollegen (Standard 1; 2 bekommt doppelt so viele).</translation>
    </message>
    <message>
        <source>W</source>
        <translation>G</translation>
    </message>
    <message>
        <source>Working hours in the rep&apos;s time zone, such as &quot;Mon-Fri 09:00-17:30&quot; (several joined by &apos;;&apos;); &quot;always&quot; (the default) for no limit.</source>
        <translation>Arbeitszeit in der Zeitzone des Vertrieblers, etwa &quot;Mon-Fri 09:00-17:30&quot; (mehrere mit &apos;;&apos; verbunden); &quot;always&quot; (Standard) für keine Begrenzung.</translation>
    </message>
    <message>
        <source>The rep&apos;s time zone, an IANA name such as Europe/Berlin (default UTC).</source>
        <translation>Die Zeitzone des Vertrieblers, ein IANA-Name wie Europe/Berlin (Standard UTC).</translation>
    </message>
    <message>
        <source>AREA/CITY</source>
        <translation>GEBIET/STADT</translation>
    </message>
    <message>
        <source>The rep&apos;s email address (to match CRM owners).</source>
        <translation>Die E-Mail-Adresse des Vertrieblers (zum Abgleich mit CRM-Besitzern).</translation>
    </message>
    <message>
        <source>ADDR</source>
        <translation>ADRESSE</translation>
    </message>
    <message>
        <source>--weight: expected a number above 0 and at most %1, got &quot;%2&quot;</source>
        <translation>--weight: eine Zahl über 0 und höchstens %1 erwartet, erhalten: &quot;%2&quot;</translation>
    </message>
    <message>
        <source>--hours: %1</source>
        <translation>--hours: %1</translation>
    </message>
    <message>
        <source>--timezone: unknown time zone &quot;%1&quot;; expected an IANA name such as Europe/Berlin</source>
        <translation>--timezone: unbekannte Zeitzone &quot;%1&quot;; erwartet wird ein IANA-Name wie Europe/Berlin</translation>
    </message>
    <message>
        <source>Changes a team member: only the options given change. A running server applies the change within seconds.</source>
        <translation>Ändert ein Teammitglied: nur die angegebenen Optionen ändern sich. Ein laufender Server übernimmt die Änderung binnen Sekunden.</translation>
    </message>
    <message>
        <source>The rep to change.</source>
        <translation>Der zu ändernde Vertriebler.</translation>
    </message>
    <message>
        <source>firstcall-feed rep edit [options] NAME --db FILE|URI</source>
        <translation>firstcall-feed rep edit [Optionen] NAME --db DATEI|URI</translation>
    </message>
    <message>
        <source>%1: no rep named %2</source>
        <translation>%1: kein Vertriebler namens %2</translation>
    </message>
    <message>
        <source>Changed %1.</source>
        <translation>%1 geändert.</translation>
    </message>
    <message>
        <source>No longer a backup for: %1.</source>
        <translation>Nicht mehr Vertretung für: %1.</translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <source>Prints speed-to-lead metrics from a feed database: hot leads per day, response times (P50/P95) per rep and for the team, the distribution within 5 minutes / 5-30 minutes / beyond / never, connect and conversion rates per bucket, opportunities by lead source, unclaimed alerts and breaches per day.</source>
        <translation>Gibt Speed-to-Lead-Kennzahlen aus einer Feed-Datenbank aus: heiße Leads pro Tag, Reaktionszeiten (P50/P95) pro Teammitglied und für das Team, die Verteilung der Reaktionen (unter 5 Minuten / 5-30 Minuten / später / nie), Erreichbarkeits- und Konversionsquoten je Zeitfenster, Opportunities nach Lead-Quelle sowie nicht übernommene Alerts und SLA-Überschreitungen pro Tag.</translation>
    </message>
    <message>
        <source>First day (YYYY-MM-DD, UTC); default: 30 days before --to.</source>
        <translation>Erster Tag (JJJJ-MM-TT, UTC); Standard: 30 Tage vor --to.</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATUM</translation>
    </message>
    <message>
        <source>Last day, included (YYYY-MM-DD, UTC); default: now.</source>
        <translation>Letzter Tag, einschließlich (JJJJ-MM-TT, UTC); Standard: jetzt.</translation>
    </message>
    <message>
        <source>Only this rep&apos;s alerts.</source>
        <translation>Nur die Alerts dieses Teammitglieds.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>csv (default) or json.</source>
        <translation>csv (Standard) oder json.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>Try firstcall-feed report --help.</source>
        <translation>Siehe firstcall-feed report --help.</translation>
    </message>
    <message>
        <source>--db is required: the feed database to report on</source>
        <translation>--db ist erforderlich: die Feed-Datenbank, für die der Bericht erstellt wird</translation>
    </message>
    <message>
        <source>%1: no such database</source>
        <translation>%1: Datenbank existiert nicht</translation>
    </message>
    <message>
        <source>--format: expected csv or json, got &quot;%1&quot;</source>
        <translation>--format: csv oder json erwartet, erhalten: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--from/--to: expected dates as YYYY-MM-DD with --from not after --to</source>
        <translation>--from/--to: Datumsangaben als JJJJ-MM-TT erwartet, --from nicht nach --to</translation>
    </message>
    <message>
        <source>The feed database: a SQLite file or a PostgreSQL URI (postgresql://[user@][host][:port]/dbname).</source>
        <translation>Die Feed-Datenbank: eine SQLite-Datei oder eine PostgreSQL-URI (postgresql://[benutzer@][host][:port]/dbname).</translation>
    </message>
    <message>
        <source>FILE|URI</source>
        <translation>DATEI|URI</translation>
    </message>
    <message>
        <source>--db: %1</source>
        <translation>--db: %1</translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message>
        <source>%1: cannot open rules file: %2</source>
        <translation>%1: Regeldatei kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1: not valid JSON at byte %2: %3</source>
        <translation>%1: kein gültiges JSON bei Byte %2: %3</translation>
    </message>
    <message>
        <source>%1: a rules file is a JSON object</source>
        <translation>%1: eine Regeldatei muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <source>expected an object, got %1</source>
        <translation>Objekt erwartet, erhalten: %1</translation>
    </message>
    <message>
        <source>unknown field (expected one of: %1)</source>
        <translation>unbekanntes Feld (erwartet: eines von %1)</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>ist erforderlich</translation>
    </message>
    <message>
        <source>expected a non-empty string, got %1</source>
        <translation>nicht leere Zeichenkette erwartet, erhalten: %1</translation>
    </message>
    <message>
        <source>expected a number, got %1</source>
        <translation>Zahl erwartet, erhalten: %1</translation>
    </message>
    <message>
        <source>must be at least %1, got %2</source>
        <translation>muss mindestens %1 sein, erhalten: %2</translation>
    </message>
    <message>
        <source>expected a duration such as &quot;30m&quot;, &quot;48h&quot; or &quot;7d&quot;, got %1</source>
        <translation>Dauer wie &quot;30m&quot;, &quot;48h&quot; oder &quot;7d&quot; erwartet, erhalten: %1</translation>
    </message>
    <message>
        <source>expected an array, got %1</source>
        <translation>Array erwartet, erhalten: %1</translation>
    </message>
    <message>
        <source>expected a string, got %1</source>
        <translation>Zeichenkette erwartet, erhalten: %1</translation>
    </message>
    <message>
        <source>expected a signal type name, got %1</source>
        <translation>Name eines Signaltyps erwartet, erhalten: %1</translation>
    </message>
    <message>
        <source>unknown signal type &quot;%1&quot;</source>
        <translation>unbekannter Signaltyp &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected an object with at least one signal type</source>
        <translation>Objekt mit mindestens einem Signaltyp erwartet</translation>
    </message>
    <message>
        <source>a signal type name uses lower case letters, digits and underscores</source>
        <translation>ein Signaltyp-Name besteht aus Kleinbuchstaben, Ziffern und Unterstrichen</translation>
    </message>
    <message>
        <source>expected &quot;contact&quot; or &quot;account&quot;, got &quot;%1&quot;</source>
        <translation>&quot;contact&quot; oder &quot;account&quot; erwartet, erhalten: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>must be below 100</source>
        <translation>muss kleiner als 100 sein</translation>
    </message>
    <message>
        <source>expected &quot;day&quot; or &quot;week&quot;, got &quot;%1&quot;</source>
        <translation>&quot;day&quot; oder &quot;week&quot; erwartet, erhalten: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected &quot;none&quot; or &quot;rate&quot;, got &quot;%1&quot;</source>
        <translation>&quot;none&quot; oder &quot;rate&quot; erwartet, erhalten: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected an object of event name -&gt; signal type</source>
        <translation>Objekt der Form Ereignisname -&gt; Signaltyp erwartet</translation>
    </message>
    <message>
        <source>a page path pattern starts with &quot;/&quot;</source>
        <translation>ein Seitenpfad-Muster muss mit &quot;/&quot; beginnen</translation>
    </message>
    <message>
        <source>not a valid regular expression: %1</source>
        <translation>kein gültiger regulärer Ausdruck: %1</translation>
    </message>
    <message>
        <source>expected &quot;call&quot;, &quot;email&quot; or &quot;nurture&quot;, got &quot;%1&quot;</source>
        <translation>&quot;call&quot;, &quot;email&quot; oder &quot;nurture&quot; erwartet, erhalten: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>steps must be in time order</source>
        <translation>Schritte müssen zeitlich geordnet sein</translation>
    </message>
    <message>
        <source>at least one band is required</source>
        <translation>mindestens eine Stufe ist erforderlich</translation>
    </message>
    <message>
        <source>the claim window cannot be longer than the call SLA</source>
        <translation>das Übernahmefenster darf nicht länger als das Anruf-SLA sein</translation>
    </message>
    <message>
        <source>bands are listed hottest first, each min below the one before</source>
        <translation>Stufen werden von der heißesten an aufgeführt, jede mit einem min unter dem der vorigen</translation>
    </message>
    <message>
        <source>the last band must start at 0 so that every score has a band</source>
        <translation>die letzte Stufe muss bei 0 beginnen, damit jeder Score eine Stufe hat</translation>
    </message>
    <message>
        <source>no signal type has category &quot;%1&quot;</source>
        <translation>kein Signaltyp hat die Kategorie &quot;%1&quot;</translation>
    </message>
    <message>
        <source>names no signal: give &quot;signals&quot; or &quot;categories&quot;</source>
        <translation>nennt kein Signal: &quot;signals&quot; oder &quot;categories&quot; angeben</translation>
    </message>
    <message>
        <source>is only allowed in tier patterns</source>
        <translation>ist nur in Tier-Mustern erlaubt</translation>
    </message>
    <message>
        <source>refers to &quot;%1&quot;, which is not the id of an earlier condition</source>
        <translation>verweist auf &quot;%1&quot;, das keine id einer früheren Bedingung ist</translation>
    </message>
    <message>
        <source>needs &quot;near&quot;</source>
        <translation>benötigt &quot;near&quot;</translation>
    </message>
    <message>
        <source>no band has tier %1</source>
        <translation>keine Stufe hat Tier %1</translation>
    </message>
    <message>
        <source>a pattern needs at least one condition</source>
        <translation>ein Muster braucht mindestens eine Bedingung</translation>
    </message>
    <message>
        <source>expected a whole number up to %1, got %2</source>
        <translation>erwartet eine ganze Zahl bis %1, erhalten: %2</translation>
    </message>
    <message>
        <source>%1: cannot open rules file: no such preset or file; the presets are %2</source>
        <translation>%1: Regeldatei kann nicht geöffnet werden: keine solche Vorlage oder Datei; Vorlagen sind %2</translation>
    </message>
    <message>
        <source>expected working hours such as &quot;Mon-Fri 09:00-17:30&quot;</source>
        <translation>Arbeitszeiten wie &quot;Mon-Fri 09:00-17:30&quot; erwartet</translation>
    </message>
    <message>
        <source>unknown time zone &quot;%1&quot;; expected an IANA name such as Europe/Berlin</source>
        <translation>unbekannte Zeitzone &quot;%1&quot;; erwartet wird ein IANA-Name wie Europe/Berlin</translation>
    </message>
</context>
<context>
    <name>RulesText</name>
    <message>
        <source>Demo request</source>
        <translation>Demo-Anfrage</translation>
    </message>
    <message>
        <source>Pricing page visit</source>
        <translation>Besuch der Preisseite</translation>
    </message>
    <message>
        <source>Free trial start</source>
        <translation>Start der Testphase</translation>
    </message>
    <message>
        <source>Free trial active usage</source>
        <translation>Aktive Nutzung der Testphase</translation>
    </message>
    <message>
        <source>Contact sales</source>
        <translation>Vertriebsanfrage</translation>
    </message>
    <message>
        <source>Competitor comparison</source>
        <translation>Wettbewerbsvergleich</translation>
    </message>
    <message>
        <source>ROI calculator</source>
        <translation>ROI-Rechner</translation>
    </message>
    <message>
        <source>Case study download</source>
        <translation>Fallstudie heruntergeladen</translation>
    </message>
    <message>
        <source>Technical documentation</source>
        <translation>Technische Dokumentation</translation>
    </message>
    <message>
        <source>Webinar attendance</source>
        <translation>Webinar-Teilnahme</translation>
    </message>
    <message>
        <source>Email click</source>
        <translation>E-Mail-Klick</translation>
    </message>
    <message>
        <source>Return visit</source>
        <translation>Wiederholter Besuch</translation>
    </message>
    <message>
        <source>Blog read</source>
        <translation>Blogartikel gelesen</translation>
    </message>
    <message>
        <source>LinkedIn profile view</source>
        <translation>LinkedIn-Profilaufruf</translation>
    </message>
    <message>
        <source>Funding announced</source>
        <translation>Finanzierung angekündigt</translation>
    </message>
    <message>
        <source>Hiring velocity</source>
        <translation>Einstellungstempo</translation>
    </message>
    <message>
        <source>Technology change</source>
        <translation>Technologiewechsel</translation>
    </message>
    <message>
        <source>Tier 1 Hot</source>
        <translation>Tier 1 heiß</translation>
    </message>
    <message>
        <source>Tier 2 Hot</source>
        <translation>Tier 2 heiß</translation>
    </message>
    <message>
        <source>Tier 3 Warm</source>
        <translation>Tier 3 warm</translation>
    </message>
    <message>
        <source>Nurture</source>
        <translation>Nurturing</translation>
    </message>
    <message>
        <source>Hot</source>
        <translation>Heiß</translation>
    </message>
    <message>
        <source>Very Warm</source>
        <translation>Sehr warm</translation>
    </message>
    <message>
        <source>Warm</source>
        <translation>Warm</translation>
    </message>
    <message>
        <source>Lukewarm</source>
        <translation>Lauwarm</translation>
    </message>
    <message>
        <source>Slightly Warm</source>
        <translation>Leicht warm</translation>
    </message>
    <message>
        <source>Cold</source>
        <translation>Kalt</translation>
    </message>
    <message>
        <source>Immediate routing, executive engagement available</source>
        <translation>Sofortige Zuweisung, Einbindung der Geschäftsleitung möglich</translation>
    </message>
    <message>
        <source>Priority routing, same-day outreach</source>
        <translation>Vorrangige Zuweisung, Kontakt am selben Tag</translation>
    </message>
    <message>
        <source>Standard cadence, personalized messaging</source>
        <translation>Standard-Kadenz, personalisierte Ansprache</translation>
    </message>
    <message>
        <source>Marketing nurture</source>
        <translation>Marketing-Nurturing</translation>
    </message>
    <message>
        <source>Immediate AE assignment + Slack alert</source>
        <translation>Sofort an einen AE + Slack-Alarm</translation>
    </message>
    <message>
        <source>SDR qualification call</source>
        <translation>Qualifizierungsanruf durch einen SDR</translation>
    </message>
    <message>
        <source>Automated personalized email</source>
        <translation>Automatische personalisierte E-Mail</translation>
    </message>
    <message>
        <source>Targeted nurture sequence</source>
        <translation>Gezielte Nurturing-Sequenz</translation>
    </message>
    <message>
        <source>General nurture campaign</source>
        <translation>Allgemeine Nurturing-Kampagne</translation>
    </message>
    <message>
        <source>Database maintenance</source>
        <translation>Datenbankpflege</translation>
    </message>
    <message>
        <source>Claim within 5 minutes, call within 15</source>
        <translation>Innerhalb von 5 Minuten übernehmen, innerhalb von 15 anrufen</translation>
    </message>
    <message>
        <source>First call within 60 minutes</source>
        <translation>Erstanruf innerhalb von 60 Minuten</translation>
    </message>
    <message>
        <source>First call within 24 hours</source>
        <translation>Erstanruf innerhalb von 24 Stunden</translation>
    </message>
    <message>
        <source>Under 30 minutes</source>
        <translation>Unter 30 Minuten</translation>
    </message>
    <message>
        <source>Under 2 hours</source>
        <translation>Unter 2 Stunden</translation>
    </message>
    <message>
        <source>Under 24 hours</source>
        <translation>Unter 24 Stunden</translation>
    </message>
    <message>
        <source>48 hours</source>
        <translation>48 Stunden</translation>
    </message>
    <message>
        <source>6 attempts over 6 business days</source>
        <translation>6 Versuche über 6 Werktage</translation>
    </message>
    <message>
        <source>6 attempts over 7 business days</source>
        <translation>6 Versuche über 7 Werktage</translation>
    </message>
    <message>
        <source>3 attempts over 5 days</source>
        <translation>3 Versuche über 5 Tage</translation>
    </message>
    <message>
        <source>Weekly nurture email</source>
        <translation>Wöchentliche Nurturing-E-Mail</translation>
    </message>
    <message>
        <source>Daily for 5 days</source>
        <translation>Täglich, 5 Tage lang</translation>
    </message>
    <message>
        <source>3 attempts over 3 days</source>
        <translation>3 Versuche über 3 Tage</translation>
    </message>
    <message>
        <source>2 attempts over 5 days</source>
        <translation>2 Versuche über 5 Tage</translation>
    </message>
    <message>
        <source>Weekly nurture emails</source>
        <translation>Wöchentliche Nurturing-E-Mails</translation>
    </message>
    <message>
        <source>Bi-weekly nurture</source>
        <translation>Nurturing alle zwei Wochen</translation>
    </message>
    <message>
        <source>Monthly newsletter</source>
        <translation>Monatlicher Newsletter</translation>
    </message>
    <message>
        <source>Demo or trial + pricing within 48h + research</source>
        <translation>Demo oder Test + Preise binnen 48 h + Recherche</translation>
    </message>
    <message>
        <source>3+ research actions in 7 days</source>
        <translation>3+ Recherche-Aktionen in 7 Tagen</translation>
    </message>
    <message>
        <source>Critical intent + firmographic trigger</source>
        <translation>Kritische Kaufabsicht + firmografischer Auslöser</translation>
    </message>
    <message>
        <source>hot</source>
        <translation>heiß</translation>
    </message>
    <message>
        <source>very warm</source>
        <translation>sehr warm</translation>
    </message>
    <message>
        <source>warm</source>
        <translation>warm</translation>
    </message>
    <message>
        <source>lukewarm</source>
        <translation>lauwarm</translation>
    </message>
    <message>
        <source>slightly warm</source>
        <translation>leicht warm</translation>
    </message>
    <message>
        <source>cold</source>
        <translation>kalt</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 Std.</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 Tagen</translation>
    </message>
    <message>
        <source>%1 weeks</source>
        <translation>%1 Wochen</translation>
    </message>
    <message>
        <source>%1× %2</source>
        <translation>%1× %2</translation>
    </message>
    <message>
        <source>score %1 ≥ %2</source>
        <translation>Score %1 ≥ %2</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>%1+ × %2</source>
        <translation>%1+ × %2</translation>
    </message>
    <message>
        <source>%1 in the last %2</source>
        <translation>%1 in den letzten %2</translation>
    </message>
</context>
<context>
    <name>ScoreCommand</name>
    <message>
        <source>%1: OK: rules &quot;%2&quot;, %3 signal types, %4 event and %5 page mappings, %6 bands, %7 tier patterns</source>
        <translation>%1: OK: Regeln &quot;%2&quot;, %3 Signaltypen, %4 Ereignis- und %5 Seitenzuordnungen, %6 Stufen, %7 Tier-Muster</translation>
    </message>
    <message>
        <source>Scores contacts and accounts from Segment Spec calls (JSON Lines, one call per line).
Exit status: 0 all lines scored, 1 some lines were bad (the rest are still scored), 2 error.</source>
        <translation>Bewertet Kontakte und Accounts anhand von Segment-Spec-Calls (JSON Lines, ein Call pro Zeile).
Exit-Status: 0 alle Zeilen bewertet, 1 einige Zeilen fehlerhaft (der Rest wird trotzdem bewertet), 2 Fehler.</translation>
    </message>
    <message>
        <source>Scoring rules: a preset (hot, warm) or a rules JSON file. Default: hot.</source>
        <translation>Scoring-Regeln: eine Vorlage (hot, warm) oder eine JSON-Regeldatei. Standard: hot.</translation>
    </message>
    <message>
        <source>hot|warm|FILE</source>
        <translation>hot|warm|DATEI</translation>
    </message>
    <message>
        <source>Evaluate scores at this ISO 8601 instant. Default: now.</source>
        <translation>Scores zu diesem Zeitpunkt (ISO 8601) auswerten. Standard: jetzt.</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>ZEITPUNKT</translation>
    </message>
    <message>
        <source>Output format: table or json.</source>
        <translation>Ausgabeformat: table oder json.</translation>
    </message>
    <message>
        <source>table|json</source>
        <translation>table|json</translation>
    </message>
    <message>
        <source>Validate a rules file (or preset) and exit.</source>
        <translation>Eine Regeldatei (oder Vorlage) prüfen und beenden.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>Events as JSON Lines; - reads standard input.</source>
        <translation>Ereignisse als JSON Lines; - liest von der Standardeingabe.</translation>
    </message>
    <message>
        <source>FILE|-</source>
        <translation>DATEI|-</translation>
    </message>
    <message>
        <source>Try --help.</source>
        <translation>Siehe --help.</translation>
    </message>
    <message>
        <source>--format: expected table or json, got &quot;%1&quot;</source>
        <translation>--format: table oder json erwartet, erhalten: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--at: not an ISO 8601 date-time: &quot;%1&quot;</source>
        <translation>--at: keine Datums-/Zeitangabe nach ISO 8601: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected one events file (or - for standard input); try --help</source>
        <translation>genau eine Ereignisdatei erwartet (oder - für die Standardeingabe); siehe --help</translation>
    </message>
    <message>
        <source>%1: cannot open: %2</source>
        <translation>%1: kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Scores at %1 (rules &quot;%2&quot;)

</source>
        <translation>Scores zum Zeitpunkt %1 (Regeln &quot;%2&quot;)

</translation>
    </message>
    <message>
        <source>ALERT</source>
        <translation>ALERT</translation>
    </message>
    <message>
        <source>Contacts (%1)
</source>
        <translation>Kontakte (%1)
</translation>
    </message>
    <message>
        <source>CONTACT</source>
        <translation>KONTAKT</translation>
    </message>
    <message>
        <source>ACCOUNT</source>
        <translation>ACCOUNT</translation>
    </message>
    <message>
        <source>SCORE</source>
        <translation>SCORE</translation>
    </message>
    <message>
        <source>BAND</source>
        <translation>STUFE</translation>
    </message>
    <message>
        <source>TIER</source>
        <translation>TIER</translation>
    </message>
    <message>
        <source>SIGNALS</source>
        <translation>SIGNALE</translation>
    </message>
    <message>
        <source>
Accounts (%1)
</source>
        <translation>
Accounts (%1)
</translation>
    </message>
    <message>
        <source>BASE</source>
        <translation>BASIS</translation>
    </message>
    <message>
        <source>CONTACTS</source>
        <translation>KONTAKTE</translation>
    </message>
    <message>
        <source>MULTIPLIERS</source>
        <translation>MULTIPLIKATOREN</translation>
    </message>
    <message>
        <source>Also: firstcall-score calibrate (lift per signal, conversion by band, suggested points) and firstcall-score backtest (precision and recall of the alerts); add --help to either.</source>
        <translation>Außerdem: firstcall-score calibrate (Lift je Signal, Konversion je Stufe, vorgeschlagene Punkte) und firstcall-score backtest (Präzision und Trefferquote der Alarme); jeweils mit --help für Details.</translation>
    </message>
    <message>
        <source>%1: note: the event &quot;%2&quot; maps to no signal but looks like %3; add it to &quot;events&quot; to score it</source>
        <translation>%1: Hinweis: Das Ereignis „%2“ ist keinem Signal zugeordnet, sieht aber wie %3 aus; unter „events“ eintragen, damit es zählt</translation>
    </message>
    <message>
        <source>pattern: %1</source>
        <translation>Muster: %1</translation>
    </message>
    <message>
        <source>alert trigger</source>
        <translation>Alarmauslöser</translation>
    </message>
    <message>
        <source>score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>WHY</source>
        <translation>WARUM</translation>
    </message>
</context>
<context>
    <name>ScoringEngine</name>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>%1+ × %2</source>
        <translation>%1+ × %2</translation>
    </message>
    <message>
        <source>%1 in the last %2</source>
        <translation>%1 in den letzten %2</translation>
    </message>
    <message>
        <source>score %1 ≥ %2</source>
        <translation>Score %1 ≥ %2</translation>
    </message>
</context>
<context>
    <name>ScoringView</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Over the period</source>
        <translation>Im Zeitraum</translation>
    </message>
    <message>
        <source>Current points</source>
        <translation>Aktuelle Punkte</translation>
    </message>
    <message>
        <source>Suggested points</source>
        <translation>Vorgeschlagene Punkte</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>Converted</source>
        <translation>Konvertiert</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Quote</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alerts</translation>
    </message>
    <message>
        <source>Signal</source>
        <translation>Signal</translation>
    </message>
    <message>
        <source>Lift</source>
        <translation>Lift</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>Vorschlag</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>What the suggested points would have changed</source>
        <translation>Was die vorgeschlagenen Punkte geändert hätten</translation>
    </message>
    <message>
        <source>Conversion by band</source>
        <translation>Konversion nach Stufe</translation>
    </message>
    <message>
        <source>Conversion by tier</source>
        <translation>Konversion nach Tier</translation>
    </message>
    <message>
        <source>Lift by signal</source>
        <translation>Lift nach Signal</translation>
    </message>
    <message>
        <source>Lift by signal (contacts with the signal before converting)</source>
        <translation>Lift nach Signal (Kontakte mit dem Signal vor der Konversion)</translation>
    </message>
    <message>
        <source>The feed could not compute the calibration: %1</source>
        <translation>Der Feed konnte die Kalibrierung nicht berechnen: %1</translation>
    </message>
    <message>
        <source>Press Refresh to calibrate the scoring on the feed&apos;s history.</source>
        <translation>Klicken Sie auf „Aktualisieren“, um die Bewertung an der Historie des Feeds zu kalibrieren.</translation>
    </message>
    <message>
        <source>The calibration comes from the feed: it can be computed again when the feed is back.</source>
        <translation>Die Kalibrierung kommt vom Feed: Sie kann wieder berechnet werden, sobald der Feed wieder da ist.</translation>
    </message>
    <message>
        <source>Replaying the period&apos;s events…</source>
        <translation>Die Ereignisse des Zeitraums werden erneut abgespielt…</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 contacts&lt;/b&gt;, %2 converted (%3): a meeting booked or a qualified connect.</source>
        <translation>&lt;b&gt;%1 Kontakte&lt;/b&gt;, %2 konvertiert (%3): ein vereinbarter Termin oder ein qualifiziertes Gespräch.</translation>
    </message>
    <message>
        <source>Too little data to suggest points: at least %1 conversions are needed; every signal keeps its points.</source>
        <translation>Zu wenige Daten für Punktvorschläge: mindestens %1 Konversionen sind nötig; jedes Signal behält seine Punkte.</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>Contacts alerted</source>
        <translation>Kontakte mit Alert</translation>
    </message>
    <message>
        <source>Alerted before converting</source>
        <translation>Alert vor der Konversion</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>Präzision</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>Trefferquote</translation>
    </message>
    <message>
        <source>Median lead time</source>
        <translation>Mittlere Vorlaufzeit</translation>
    </message>
    <message>
        <source>Tier %1</source>
        <translation>Tier %1</translation>
    </message>
    <message>
        <source>No tier</source>
        <translation>Kein Tier</translation>
    </message>
    <message>
        <source>too little data (%1 contacts): points kept</source>
        <translation>zu wenige Daten (%1 Kontakte): Punkte beibehalten</translation>
    </message>
    <message>
        <source>too little data: points kept</source>
        <translation>zu wenige Daten: Punkte beibehalten</translation>
    </message>
    <message>
        <source>worth more</source>
        <translation>mehr wert</translation>
    </message>
    <message>
        <source>worth less</source>
        <translation>weniger wert</translation>
    </message>
    <message>
        <source>The feed&apos;s rules have not arrived yet: press Refresh again in a moment.</source>
        <translation>Die Regeln des Feeds sind noch nicht angekommen: Klicken Sie gleich noch einmal auf „Aktualisieren“.</translation>
    </message>
    <message>
        <source>Contacts whose events the feed received in the period, by the band of the highest score each reached before converting: by score alone. A pattern or the alert&apos;s minimum tier can give a lead a hotter tier than its score&apos;s band; its conversion then counts in the colder band here, and in its tier under Conversion by tier.</source>
        <translation>Kontakte, deren Events der Feed im Zeitraum empfangen hat, nach der Stufe des höchsten Scores, den jeder vor der Konversion erreichte: allein nach Score. Ein Muster oder das Mindest-Tier des Alerts kann einem Lead ein heißeres Tier geben als die Stufe seines Scores; seine Konversion zählt dann hier in der kälteren Stufe und bei seinem Tier unter „Konversion nach Tier“.</translation>
    </message>
    <message>
        <source>Alerts raised in the period, by the tier each alert was raised at: its score band&apos;s tier, or hotter when a pattern or the alert&apos;s minimum tier lifted it. Converted: a meeting booked or a qualified connect after the alert. Alerts whose lead has no events received in the period count here but not by band.</source>
        <translation>Im Zeitraum ausgelöste Alerts, nach dem Tier, mit dem jeder Alert ausgelöst wurde: dem Tier der Score-Stufe oder heißer, wenn ein Muster oder das Mindest-Tier des Alerts es angehoben hat. Konvertiert: ein vereinbarter Termin oder ein qualifiziertes Gespräch nach dem Alert. Alerts, zu deren Lead im Zeitraum keine Events empfangen wurden, zählen hier, aber nicht nach Stufe.</translation>
    </message>
</context>
<context>
    <name>SegmentReader</name>
    <message>
        <source>must be an array of calls</source>
        <translation>muss ein Array von Segment-Calls sein</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>ist leer</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>muss ein Objekt sein</translation>
    </message>
    <message>
        <source>not valid JSON at byte %1: %2</source>
        <translation>kein gültiges JSON bei Byte %1: %2</translation>
    </message>
    <message>
        <source>a Segment call is a JSON object</source>
        <translation>ein Segment-Call muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <source>is missing (track, page, identify, group, alias or batch)</source>
        <translation>fehlt (track, page, identify, group, alias oder batch)</translation>
    </message>
    <message>
        <source>unknown call type &quot;%1&quot; (expected track, page, identify, group or alias)</source>
        <translation>unbekannter Call-Typ &quot;%1&quot; (erwartet: track, page, identify, group oder alias)</translation>
    </message>
    <message>
        <source>is not an ISO 8601 date-time: &quot;%1&quot;</source>
        <translation>ist keine Datums-/Zeitangabe nach ISO 8601: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>is required for a track call</source>
        <translation>ist bei einem track-Call erforderlich</translation>
    </message>
    <message>
        <source>is required for a group call</source>
        <translation>ist bei einem group-Call erforderlich</translation>
    </message>
    <message>
        <source>is required for an alias call</source>
        <translation>ist bei einem alias-Call erforderlich</translation>
    </message>
    <message>
        <source>either userId or anonymousId is required</source>
        <translation>userId oder anonymousId ist erforderlich</translation>
    </message>
</context>
<context>
    <name>ServeCommand</name>
    <message>
        <source>Runs the feed server: Segment Spec ingest over HTTP, scoring, routing and the WebSocket feed.
Every option may also come from a --config file (INI, the option names as keys).</source>
        <translation>Startet den Feed-Server: Annahme von Segment-Spec-Events über HTTP, Scoring, Routing und den WebSocket-Feed.
Jede Option kann auch aus einer --config-Datei kommen (INI, die Optionsnamen als Schlüssel).</translation>
    </message>
    <message>
        <source>Read settings from this INI file; options given on the command line win.</source>
        <translation>Einstellungen aus dieser INI-Datei lesen; Optionen auf der Kommandozeile haben Vorrang.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>Port for event ingest (default 8787; 0 picks a free one).</source>
        <translation>Port für die Event-Annahme (Standard 8787; 0 wählt einen freien Port).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Port for the consoles&apos; feed (default 8788; 0 picks a free one).</source>
        <translation>Port für den Feed der Konsolen (Standard 8788; 0 wählt einen freien Port).</translation>
    </message>
    <message>
        <source>The Segment write key that ingest requires.</source>
        <translation>Der Segment Write Key, den die Event-Annahme verlangt.</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>SCHLÜSSEL</translation>
    </message>
    <message>
        <source>Address to listen on (default 127.0.0.1).</source>
        <translation>Adresse, auf der der Server lauscht (Standard 127.0.0.1).</translation>
    </message>
    <message>
        <source>ADDR</source>
        <translation>ADRESSE</translation>
    </message>
    <message>
        <source>all-records (default) or owned-records.</source>
        <translation>all-records (Standard) oder owned-records.</translation>
    </message>
    <message>
        <source>MODE</source>
        <translation>MODUS</translation>
    </message>
    <message>
        <source>Scoring rules: hot (default), warm or a rules file.</source>
        <translation>Scoring-Regeln: hot (Standard), warm oder eine Regeldatei.</translation>
    </message>
    <message>
        <source>hot|warm|FILE</source>
        <translation>hot|warm|DATEI</translation>
    </message>
    <message>
        <source>Post Tier 1 alerts to this Slack incoming webhook.</source>
        <translation>Tier-1-Alerts an diesen eingehenden Slack-Webhook senden.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>PEM certificate: serve https and wss.</source>
        <translation>PEM-Zertifikat: https und wss anbieten.</translation>
    </message>
    <message>
        <source>PEM private key for --tls-cert.</source>
        <translation>Privater PEM-Schlüssel zu --tls-cert.</translation>
    </message>
    <message>
        <source>A browser origin allowed on the feed (repeatable).</source>
        <translation>Ein Browser-Origin, der auf den Feed zugreifen darf (wiederholbar).</translation>
    </message>
    <message>
        <source>ORIGIN</source>
        <translation>ORIGIN</translation>
    </message>
    <message>
        <source>S</source>
        <translation>SEK</translation>
    </message>
    <message>
        <source>Threads that write to the consoles (default: one per core).</source>
        <translation>Threads, die an die Konsolen senden (Standard: einer pro Kern).</translation>
    </message>
    <message>
        <source>Try firstcall-feed serve --help.</source>
        <translation>Siehe firstcall-feed serve --help.</translation>
    </message>
    <message>
        <source>%1: no such config file</source>
        <translation>%1: Konfigurationsdatei existiert nicht</translation>
    </message>
    <message>
        <source>%1: not a readable INI file</source>
        <translation>%1: keine lesbare INI-Datei</translation>
    </message>
    <message>
        <source>--%1: expected a port number, got &quot;%2&quot;</source>
        <translation>--%1: Portnummer erwartet, erhalten: &quot;%2&quot;</translation>
    </message>
    <message>
        <source>--write-key is required: the Segment write key that event senders use</source>
        <translation>--write-key ist erforderlich: der Segment Write Key, den die Absender der Events verwenden</translation>
    </message>
    <message>
        <source>--listen: not an IP address: &quot;%1&quot;</source>
        <translation>--listen: keine IP-Adresse: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--visibility: expected all-records or owned-records, got &quot;%1&quot;</source>
        <translation>--visibility: all-records oder owned-records erwartet, erhalten: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--slack-webhook: not an http(s) URL: &quot;%1&quot;</source>
        <translation>--slack-webhook: keine http(s)-URL: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--ping-interval: expected seconds (at least 1), got &quot;%1&quot;</source>
        <translation>--ping-interval: Sekunden erwartet (mindestens 1), erhalten: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--feed-threads: expected a number from 1 to 64, got &quot;%1&quot;</source>
        <translation>--feed-threads: Zahl von 1 bis 64 erwartet, erhalten: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--tls-cert and --tls-key go together</source>
        <translation>--tls-cert und --tls-key nur zusammen angeben</translation>
    </message>
    <message>
        <source>%1: no PEM certificate found</source>
        <translation>%1: kein PEM-Zertifikat gefunden</translation>
    </message>
    <message>
        <source>%1: cannot read the key: %2</source>
        <translation>%1: Schlüssel kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: not a PEM RSA or EC private key</source>
        <translation>%1: kein privater RSA- oder EC-Schlüssel im PEM-Format</translation>
    </message>
    <message>
        <source>note: the team is empty; add reps with: firstcall-feed rep add NAME --role sdr --db %1</source>
        <translation>Hinweis: Das Team ist leer; Teammitglieder hinzufügen mit: firstcall-feed rep add NAME --role sdr --db %1</translation>
    </message>
    <message>
        <source>firstcall-feed: ingest on %1://%2:%3/v1, feed on %4://%2:%5/ (%6, rules &quot;%7&quot;)</source>
        <translation>firstcall-feed: Event-Annahme auf %1://%2:%3/v1, Feed auf %4://%2:%5/ (%6, Regeln &quot;%7&quot;)</translation>
    </message>
    <message>
        <source>firstcall-feed: stopped</source>
        <translation>firstcall-feed: beendet</translation>
    </message>
    <message>
        <source>The database: a SQLite file (created if missing) or a PostgreSQL URI, postgresql://[user@][host][:port]/dbname[?param=value&amp;...]; a password is best left to PGPASSWORD or ~/.pgpass.</source>
        <translation>Die Datenbank: eine SQLite-Datei (wird angelegt, falls sie fehlt) oder eine PostgreSQL-URI, postgresql://[benutzer@][host][:port]/dbname[?param=wert&amp;...]; ein Passwort gehört besser in PGPASSWORD oder ~/.pgpass.</translation>
    </message>
    <message>
        <source>FILE|URI</source>
        <translation>DATEI|URI</translation>
    </message>
    <message>
        <source>--db is required: the database file or PostgreSQL URI to serve from</source>
        <translation>--db ist erforderlich: die Datenbankdatei oder PostgreSQL-URI, mit der der Server arbeitet</translation>
    </message>
    <message>
        <source>--db: %1</source>
        <translation>--db: %1</translation>
    </message>
    <message>
        <source>Usage: firstcall-feed serve [options]</source>
        <translation>Aufruf: firstcall-feed serve [Optionen]</translation>
    </message>
    <message>
        <source>Seconds between keepalive pings (default 10); a console silent for two intervals is offline.</source>
        <translation>Sekunden zwischen Keepalive-Pings (Standard 10); eine Konsole, die zwei Intervalle lang schweigt, gilt als offline.</translation>
    </message>
    <message>
        <source>Claimed leads not called yet a rep may hold before a claim is refused (default 3; 0: no limit).</source>
        <translation>Übernommene, noch nicht angerufene Leads, die ein Vertriebler halten darf, bevor eine Übernahme abgelehnt wird (Standard 3; 0: kein Limit).</translation>
    </message>
    <message>
        <source>--max-uncalled-claims: expected a number from 0 to 1000, got &quot;%1&quot;</source>
        <translation>--max-uncalled-claims: eine Zahl von 0 bis 1000 erwartet, erhalten: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>This server&apos;s name among several on one PostgreSQL database, in the logs and the presence table (default HOST:PID).</source>
        <translation>Der Name dieses Servers unter mehreren auf einer PostgreSQL-Datenbank, in den Logs und der Anwesenheitstabelle (Standard HOST:PID).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>POST signed lead and call events to this URL (repeatable; see docs/integrations.md).</source>
        <translation>Signierte Lead- und Anruf-Events per POST an diese URL senden (wiederholbar; siehe docs/integrations.md).</translation>
    </message>
    <message>
        <source>The signing secret of the webhook given in the same position (repeatable).</source>
        <translation>Das Signaturgeheimnis des Webhooks an derselben Position (wiederholbar).</translation>
    </message>
    <message>
        <source>Log calls to this CRM and take lead owners from it.</source>
        <translation>Anrufe in diesem CRM protokollieren und die Lead-Besitzer von dort übernehmen.</translation>
    </message>
    <message>
        <source>hubspot|salesforce</source>
        <translation>hubspot|salesforce</translation>
    </message>
    <message>
        <source>HubSpot: the private app&apos;s access token.</source>
        <translation>HubSpot: das Zugriffstoken der privaten App.</translation>
    </message>
    <message>
        <source>The CRM&apos;s API: HubSpot&apos;s by default; Salesforce: https://INSTANCE.my.salesforce.com.</source>
        <translation>Die API des CRM: standardmäßig die von HubSpot; Salesforce: https://INSTANZ.my.salesforce.com.</translation>
    </message>
    <message>
        <source>Salesforce: where the OAuth token endpoint is (https://login.salesforce.com).</source>
        <translation>Salesforce: wo der OAuth-Token-Endpunkt liegt (https://login.salesforce.com).</translation>
    </message>
    <message>
        <source>Salesforce: the connected app&apos;s consumer key.</source>
        <translation>Salesforce: der Consumer Key der verbundenen App.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Salesforce: the connected app&apos;s consumer secret.</source>
        <translation>Salesforce: das Consumer Secret der verbundenen App.</translation>
    </message>
    <message>
        <source>Salesforce: the OAuth refresh token.</source>
        <translation>Salesforce: das OAuth-Refresh-Token.</translation>
    </message>
    <message>
        <source>On a qualified connect, also set the lead status in the CRM to this (HubSpot: the contact&apos;s hs_lead_status; Salesforce: a Lead&apos;s Status).</source>
        <translation>Bei einem qualifizierten Gespräch auch den Lead-Status im CRM auf diesen Wert setzen (HubSpot: hs_lead_status des Kontakts; Salesforce: Status eines Leads).</translation>
    </message>
    <message>
        <source>VALUE</source>
        <translation>WERT</translation>
    </message>
    <message>
        <source>--%1: not an http(s) URL: &quot;%2&quot;</source>
        <translation>--%1: keine http(s)-URL: &quot;%2&quot;</translation>
    </message>
    <message>
        <source>--webhook and --webhook-secret-file go in pairs: %1 webhooks, %2 secret files</source>
        <translation>--webhook und --webhook-secret-file gehören paarweise zusammen: %1 Webhooks, %2 Geheimnisdateien</translation>
    </message>
    <message>
        <source>--webhook-secret-file: %1</source>
        <translation>--webhook-secret-file: %1</translation>
    </message>
    <message>
        <source>--crm %1 needs --%2</source>
        <translation>--crm %1 braucht --%2</translation>
    </message>
    <message>
        <source>--%1: %2</source>
        <translation>--%1: %2</translation>
    </message>
    <message>
        <source>--crm salesforce needs --crm-base-url, --crm-auth-url, --crm-client-id, --crm-client-secret-file and --crm-refresh-token-file</source>
        <translation>--crm salesforce braucht --crm-base-url, --crm-auth-url, --crm-client-id, --crm-client-secret-file und --crm-refresh-token-file</translation>
    </message>
    <message>
        <source>--crm: expected hubspot or salesforce, got &quot;%1&quot;</source>
        <translation>--crm: hubspot oder salesforce erwartet, erhalten: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--crm-qualified-status needs --crm</source>
        <translation>--crm-qualified-status braucht --crm</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Feed server:</source>
        <translation>Feed-Server:</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <source>Access token:</source>
        <translation>Zugriffstoken:</translation>
    </message>
    <message>
        <source>Show a notification for new Tier 1 and Tier 2 leads</source>
        <translation>Benachrichtigung für neue Tier-1- und Tier-2-Leads anzeigen</translation>
    </message>
    <message>
        <source>Play a sound</source>
        <translation>Ton abspielen</translation>
    </message>
    <message>
        <source>Bring the window to the front</source>
        <translation>Fenster in den Vordergrund holen</translation>
    </message>
    <message>
        <source>New hot lead:</source>
        <translation>Neuer heißer Lead:</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Sprache:</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Appearance:</source>
        <translation>Darstellung:</translation>
    </message>
    <message>
        <source>A new server, token, language or appearance takes effect when Firstcall starts again.</source>
        <translation>Änderungen an Server, Token, Sprache oder Darstellung werden beim nächsten Start von Firstcall wirksam.</translation>
    </message>
</context>
<context>
    <name>StoreLocation</name>
    <message>
        <source>the database is empty: give a SQLite file or a postgresql:// URI</source>
        <translation>die Datenbankangabe ist leer: eine SQLite-Datei oder eine postgresql://-URI angeben</translation>
    </message>
    <message>
        <source>%1: invalid percent-encoding &quot;%2&quot; in the %3</source>
        <translation>%1: ungültige Prozentkodierung „%2“ in: %3</translation>
    </message>
    <message>
        <source>user name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>%1: invalid percent-encoding in the password</source>
        <translation>%1: ungültige Prozentkodierung im Passwort</translation>
    </message>
    <message>
        <source>%1: several hosts in one URI are not supported; give one</source>
        <translation>%1: mehrere Hosts in einer URI werden nicht unterstützt; einen angeben</translation>
    </message>
    <message>
        <source>%1: the IPv6 address has no closing &quot;]&quot;</source>
        <translation>%1: der IPv6-Adresse fehlt die schließende „]“</translation>
    </message>
    <message>
        <source>%1: unexpected &quot;%2&quot; after the IPv6 address</source>
        <translation>%1: unerwartetes „%2“ nach der IPv6-Adresse</translation>
    </message>
    <message>
        <source>host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>%1: port &quot;%2&quot; is not a number from 1 to 65535</source>
        <translation>%1: Port „%2“ ist keine Zahl von 1 bis 65535</translation>
    </message>
    <message>
        <source>database name</source>
        <translation>Datenbankname</translation>
    </message>
    <message>
        <source>%1: the parameter &quot;%2&quot; is not key=value</source>
        <translation>%1: der Parameter „%2“ hat nicht die Form schlüssel=wert</translation>
    </message>
    <message>
        <source>parameter names</source>
        <translation>Parameternamen</translation>
    </message>
    <message>
        <source>parameter %1</source>
        <translation>Parameter %1</translation>
    </message>
    <message>
        <source>%1: the value of %2 contains &quot;;&quot;, which Qt&apos;s PostgreSQL driver cannot pass on</source>
        <translation>%1: der Wert von %2 enthält „;“, das der PostgreSQL-Treiber von Qt nicht weitergeben kann</translation>
    </message>
    <message>
        <source>%1: no database name; expected postgresql://[user@][host][:port]/DBNAME</source>
        <translation>%1: kein Datenbankname; erwartet: postgresql://[benutzer@][host][:port]/DBNAME</translation>
    </message>
</context>
<context>
    <name>SyncsModel</name>
    <message>
        <source>Webhook %1 (%2)</source>
        <translation>Webhook %1 (%2)</translation>
    </message>
    <message>
        <source>CRM</source>
        <translation>CRM</translation>
    </message>
    <message>
        <source>%1 (lead status)</source>
        <translation>%1 (Lead-Status)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Given up: select it and press Retry to queue it again</source>
        <translation>Aufgegeben: auswählen und „Erneut versuchen“ drücken, um es wieder einzureihen</translation>
    </message>
    <message>
        <source>The feed tries it again by itself</source>
        <translation>Der Feed versucht es selbst erneut</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Retrying at %1</source>
        <translation>Neuer Versuch um %1</translation>
    </message>
    <message>
        <source>When the call started (empty for a webhook event about the lead)</source>
        <translation>Wann der Anruf begann (leer für ein Webhook-Ereignis zum Lead)</translation>
    </message>
    <message>
        <source>Where it goes: the CRM, or a webhook</source>
        <translation>Wohin es geht: das CRM oder ein Webhook</translation>
    </message>
    <message>
        <source>What the CRM or the webhook answered the last time</source>
        <translation>Was das CRM oder der Webhook zuletzt geantwortet hat</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>Rep</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Anruf</translation>
    </message>
    <message>
        <source>Sent to</source>
        <translation>Gesendet an</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>Last try</source>
        <translation>Letzter Versuch</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
</context>
<context>
    <name>TaskListModel</name>
    <message>
        <source>Call %1</source>
        <translation>%1 anrufen</translation>
    </message>
    <message>
        <source>Email %1</source>
        <translation>E-Mail an %1</translation>
    </message>
    <message>
        <source>Nurture %1</source>
        <translation>Nurturing: %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 — overdue since %2</source>
        <translation>%1 — überfällig seit %2</translation>
    </message>
    <message>
        <source>%1 — due today, %2</source>
        <translation>%1 — heute fällig, %2</translation>
    </message>
</context>
<context>
    <name>TeamModel</name>
    <message>
        <source>available</source>
        <translation>verfügbar</translation>
    </message>
    <message>
        <source>away</source>
        <translation>abwesend</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>offline</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>Teammitglied</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Open leads</source>
        <translation>Offene Leads</translation>
    </message>
</context>
<context>
    <name>TeamStore</name>
    <message>
        <source>a rep named %1 already exists</source>
        <translation>ein Teammitglied namens %1 existiert bereits</translation>
    </message>
    <message>
        <source>the backup %1 is not on the team; add them first</source>
        <translation>die Vertretung %1 gehört nicht zum Team; fügen Sie sie zuerst hinzu</translation>
    </message>
    <message>
        <source>cannot add %1: %2</source>
        <translation>%1 kann nicht hinzugefügt werden: %2</translation>
    </message>
    <message>
        <source>no rep named %1</source>
        <translation>kein Teammitglied namens %1</translation>
    </message>
    <message>
        <source>cannot remove %1: %2</source>
        <translation>%1 kann nicht entfernt werden: %2</translation>
    </message>
    <message>
        <source>cannot change the access token of %1: %2</source>
        <translation>Zugriffstoken von %1 kann nicht geändert werden: %2</translation>
    </message>
    <message>
        <source>cannot change the availability of rep %1: %2</source>
        <translation>Verfügbarkeit von %1 kann nicht geändert werden: %2</translation>
    </message>
    <message>
        <source>no rep with id %1</source>
        <translation>kein Teammitglied mit der ID %1</translation>
    </message>
    <message>
        <source>the rep&apos;s name is empty</source>
        <translation>der Name des Teammitglieds ist leer</translation>
    </message>
    <message>
        <source>the name &quot;%1&quot; begins or ends with whitespace</source>
        <translation>der Name &quot;%1&quot; beginnt oder endet mit Leerzeichen</translation>
    </message>
    <message>
        <source>the name is %1 characters long; at most %2 are allowed</source>
        <translation>der Name ist %1 Zeichen lang; erlaubt sind höchstens %2</translation>
    </message>
    <message>
        <source>the name &quot;%1&quot; contains a control character such as a line break</source>
        <translation>der Name &quot;%1&quot; enthält ein Steuerzeichen, etwa einen Zeilenumbruch</translation>
    </message>
    <message>
        <source>the segment &quot;%1=%2&quot; needs both a key and a value (KEY=VALUE)</source>
        <translation>das Segment &quot;%1=%2&quot; braucht einen Schlüssel und einen Wert (SCHLÜSSEL=WERT)</translation>
    </message>
    <message>
        <source>the segment key &quot;%1&quot; contains &quot;=&quot;</source>
        <translation>der Segmentschlüssel &quot;%1&quot; enthält &quot;=&quot;</translation>
    </message>
    <message>
        <source>%1 cannot be their own backup</source>
        <translation>%1 kann nicht die eigene Vertretung sein</translation>
    </message>
    <message>
        <source>a backup is named twice: %1</source>
        <translation>eine Vertretung ist doppelt genannt: %1</translation>
    </message>
    <message>
        <source>the weight %1 is not in (0, %2]</source>
        <translation>das Gewicht %1 liegt nicht in (0, %2]</translation>
    </message>
    <message>
        <source>unknown time zone &quot;%1&quot;; expected an IANA name such as Europe/Berlin</source>
        <translation>unbekannte Zeitzone &quot;%1&quot;; erwartet wird ein IANA-Name wie Europe/Berlin</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email address</source>
        <translation>&quot;%1&quot; ist keine E-Mail-Adresse</translation>
    </message>
    <message>
        <source>cannot change %1: %2</source>
        <translation>%1 kann nicht geändert werden: %2</translation>
    </message>
    <message>
        <source>cannot record the team change: %1</source>
        <translation>die Teamänderung kann nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>TokenVault</name>
    <message>
        <source>the keychain did not answer</source>
        <translation>der Schlüsselbund hat nicht geantwortet</translation>
    </message>
    <message>
        <source>Your access token is kept in the system keychain.</source>
        <translation>Ihr Zugriffstoken wird im Schlüsselbund des Systems aufbewahrt.</translation>
    </message>
    <message>
        <source>No system keychain is available (%1): your access token is kept in the settings file %2, readable by your user account only.</source>
        <translation>Kein Schlüsselbund des Systems verfügbar (%1): Ihr Zugriffstoken wird in der Einstellungsdatei %2 aufbewahrt, die nur Ihr Benutzerkonto lesen kann.</translation>
    </message>
</context>
<context>
    <name>WebSocketReader</name>
    <message>
        <source>reserved bits set in a frame (no extension was agreed)</source>
        <translation>reservierte Bits in einem Frame gesetzt (keine Erweiterung vereinbart)</translation>
    </message>
    <message>
        <source>unmasked frame from a client</source>
        <translation>unmaskierter Frame von einem Client</translation>
    </message>
    <message>
        <source>unknown opcode %1</source>
        <translation>unbekannter Opcode %1</translation>
    </message>
    <message>
        <source>frame length not in its shortest form</source>
        <translation>Frame-Länge nicht in kürzester Form</translation>
    </message>
    <message>
        <source>frame length with its most significant bit set</source>
        <translation>Frame-Länge mit gesetztem höchstwertigem Bit</translation>
    </message>
    <message>
        <source>control frame fragmented or longer than 125 bytes</source>
        <translation>Steuer-Frame fragmentiert oder länger als 125 Bytes</translation>
    </message>
    <message>
        <source>continuation frame without a message to continue</source>
        <translation>Fortsetzungs-Frame ohne fortzusetzende Nachricht</translation>
    </message>
    <message>
        <source>new message before the previous one was finished</source>
        <translation>neue Nachricht, bevor die vorige abgeschlossen war</translation>
    </message>
    <message>
        <source>message larger than %1 bytes</source>
        <translation>Nachricht größer als %1 Bytes</translation>
    </message>
    <message>
        <source>close frame with a one-byte payload</source>
        <translation>Close-Frame mit einem Byte Nutzdaten</translation>
    </message>
    <message>
        <source>close code %1 may not be sent</source>
        <translation>Close-Code %1 darf nicht gesendet werden</translation>
    </message>
    <message>
        <source>close reason is not UTF-8</source>
        <translation>Grund des Close-Frames ist kein UTF-8</translation>
    </message>
    <message>
        <source>text message is not UTF-8</source>
        <translation>Textnachricht ist kein UTF-8</translation>
    </message>
</context>
<context>
    <name>WorkingHours</name>
    <message>
        <source>&quot;%1&quot;: expected days and a time range, such as &quot;Mon-Fri 09:00-17:30&quot;</source>
        <translation>&quot;%1&quot;: Tage und ein Zeitraum erwartet, etwa &quot;Mon-Fri 09:00-17:30&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: days are Mon, Tue, Wed, Thu, Fri, Sat, Sun, as a list or a range (Mon-Fri)</source>
        <translation>&quot;%1&quot;: Tage sind Mon, Tue, Wed, Thu, Fri, Sat, Sun, als Liste oder Bereich (Mon-Fri)</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: expected a time range such as 09:00-17:30</source>
        <translation>&quot;%1&quot;: ein Zeitraum wie 09:00-17:30 erwartet</translation>
    </message>
</context>
<context>
    <name>firstcall-feed</name>
    <message>
        <source>firstcall-feed: unknown command &quot;%1&quot;</source>
        <translation>firstcall-feed: unbekannter Befehl &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Usage: firstcall-feed COMMAND [options]

The Firstcall feed server and its team directory.

Commands:
  serve      Runs the feed server.
  rep        Manages the team: add, edit, list, remove, token.
  report     Prints speed-to-lead metrics as CSV or JSON.
  audit      Prints every routing decision about a lead.
  calibrate  Lift per signal and suggested points from the feed&apos;s history.
  backtest   How the rules&apos; alerts caught the feed&apos;s conversions.

Options:
  -h, --help   Shows this help.
  --version    Shows the version.

Run firstcall-feed COMMAND --help for a command&apos;s options.
</source>
        <translation>Aufruf: firstcall-feed BEFEHL [Optionen]

Der Firstcall-Feed-Server und sein Teamverzeichnis.

Befehle:
  serve      Startet den Feed-Server.
  rep        Verwaltet das Team: add, edit, list, remove, token.
  report     Gibt Speed-to-Lead-Kennzahlen als CSV oder JSON aus.
  audit      Gibt jede Routing-Entscheidung zu einem Lead aus.
  calibrate  Lift je Signal und vorgeschlagene Punkte aus der Historie des Feeds.
  backtest   Wie die Alarme der Regeln die Konversionen des Feeds erfasst hätten.

Optionen:
  -h, --help   Zeigt diese Hilfe.
  --version    Zeigt die Version.

Die Optionen eines Befehls zeigt firstcall-feed BEFEHL --help.
</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Firstcall: the hot-lead console for sales reps.</source>
        <translation>Firstcall: die Konsole für heiße Leads im Vertrieb.</translation>
    </message>
    <message>
        <source>Run with an embedded feed server and simulated traffic.</source>
        <translation>Mit eingebettetem Feed-Server und simuliertem Datenverkehr starten.</translation>
    </message>
    <message>
        <source>Your access token from firstcall-feed rep add (saved).</source>
        <translation>Ihr Zugriffstoken aus firstcall-feed rep add (wird gespeichert).</translation>
    </message>
    <message>
        <source>Local cache file (default: one per server and rep).</source>
        <translation>Lokale Cache-Datei (Standard: eine pro Server und Benutzer).</translation>
    </message>
    <message>
        <source>Save a PNG of the window after --grab-delay seconds, then quit.</source>
        <translation>Nach --grab-delay Sekunden ein PNG des Fensters speichern, dann beenden.</translation>
    </message>
    <message>
        <source>Seconds before --grab.</source>
        <translation>Sekunden vor --grab.</translation>
    </message>
    <message>
        <source>Appearance: light or dark.</source>
        <translation>Darstellung: light oder dark.</translation>
    </message>
    <message>
        <source>Firstcall</source>
        <translation>Firstcall</translation>
    </message>
    <message>
        <source>Feed URL, e.g. ws://feed.example:8788/, or several separated by commas: the console fails over to the next (saved).</source>
        <translation>Feed-URL, z. B. ws://feed.example:8788/, oder mehrere durch Kommas getrennt: Die Konsole weicht auf die nächste aus (wird gespeichert).</translation>
    </message>
    <message>
        <source>--server: %1</source>
        <translation>--server: %1</translation>
    </message>
    <message>
        <source>With --demo, sign in as this member of the demo team: %1 (you, by default), Priya, Marcus, or Dana the manager.</source>
        <translation>Mit --demo als dieses Mitglied des Demo-Teams anmelden: %1 (Sie, die Vorgabe), Priya, Marcus oder Dana mit der Rolle Manager.</translation>
    </message>
</context>
</TS>
