# The fuzzers: name and source (each links the whole core). Read by this
# directory's own project, which builds them with clang and the sanitizers, and by
# tests/CMakeLists.txt, which registers `fuzz_<name>` with CTest; seeds in corpus/<name>/.
firstcall_add_fuzzer(segment fuzz_segment.cpp)
firstcall_add_fuzzer(rules fuzz_rules.cpp)
firstcall_add_fuzzer(console fuzz_console.cpp)
firstcall_add_fuzzer(feedclient fuzz_feedclient.cpp)
firstcall_add_fuzzer(http fuzz_http.cpp)
firstcall_add_fuzzer(websocket fuzz_websocket.cpp)
