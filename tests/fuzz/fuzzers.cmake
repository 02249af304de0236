# The fuzzers: name, source, and the core sources it needs (from core/). Read by this
# directory's own project, which builds them with clang and the sanitizers, and by
# tests/CMakeLists.txt, which registers `fuzz_<name>` with CTest; seeds in corpus/<name>/.
firstcall_add_fuzzer(segment fuzz_segment.cpp
    CORE events/segmentreader.cpp clock/instant.cpp)
firstcall_add_fuzzer(rules fuzz_rules.cpp
    CORE rules/rules.cpp)
firstcall_add_fuzzer(console fuzz_console.cpp
    CORE routing/alertdesk.cpp routing/disposition.cpp routing/leadstate.cpp
        routing/routingpolicy.cpp rules/rules.cpp scoring/scoringengine.cpp scoring/scorereport.cpp
        leads/leadgraph.cpp metrics/metricsstore.cpp metrics/speedtolead.cpp store/database.cpp
        team/teamstore.cpp team/rep.cpp clock/clock.cpp clock/instant.cpp
        events/segmentreader.cpp)
firstcall_add_fuzzer(feedclient fuzz_feedclient.cpp
    CORE client/feedclient.cpp client/repdesk.cpp client/consolestore.cpp client/queuelead.cpp
        routing/disposition.cpp routing/leadstate.cpp rules/rules.cpp scoring/scorereport.cpp
        scoring/scoringengine.cpp leads/leadgraph.cpp store/database.cpp clock/clock.cpp
        clock/instant.cpp)
firstcall_add_fuzzer(http fuzz_http.cpp CORE net/httprequestparser.cpp)
firstcall_add_fuzzer(websocket fuzz_websocket.cpp CORE net/websocketreader.cpp)
