# Read by cpack once per generator (CPACK_PROJECT_CONFIG_FILE). Each Debian package takes its
# synopsis from the first line of its component's description; CPackDeb would otherwise put
# the project's one summary in front of both.
if(CPACK_GENERATOR STREQUAL "DEB")
    unset(CPACK_PACKAGE_DESCRIPTION_SUMMARY)
endif()
