# Compile settings shared by every Neuvo target, carried by one INTERFACE
# target instead of global flags.
add_library(neuvo_compile_options INTERFACE)
target_compile_features(neuvo_compile_options INTERFACE cxx_std_20)
target_compile_definitions(neuvo_compile_options INTERFACE
    QT_NO_CAST_TO_ASCII
    QT_NO_URL_CAST_FROM_STRING
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    NEUVO_VERSION="${PROJECT_VERSION}")
if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(neuvo_compile_options INTERFACE
        -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wold-style-cast
        -Wcast-align -Woverloaded-virtual)
endif()
# Hardening as Debian's dpkg-buildflags gives its packages, for the optimised
# builds (_FORTIFY_SOURCE needs optimisation; Debug stays as it is) and not
# with the sanitizers, which do these checks their own way.
if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang" AND NOT NEUVO_SANITIZE AND NOT NEUVO_FUZZ)
    target_compile_options(neuvo_compile_options INTERFACE
        "$<$<NOT:$<CONFIG:Debug>>:-fstack-protector-strong;-D_FORTIFY_SOURCE=2>")
    target_link_options(neuvo_compile_options INTERFACE "$<$<NOT:$<CONFIG:Debug>>:LINKER:-z,relro,-z,now>")
endif()
if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
    # GCC 12 reports std::variant members (Result<T>) as maybe-uninitialized
    # at -O2 where they cannot be; the known false positive would break the
    # warnings-as-errors CI build.
    target_compile_options(neuvo_compile_options INTERFACE -Wno-maybe-uninitialized)
endif()

# neuvo_add_test(NAME SOURCES... [LIBRARIES ...] [PRIVATE_DBUS] [POSTGRESQL_ONLY])
# One Qt Test executable per unit, registered with CTest and run offscreen
# with isolated settings and data folders. A test never reaches the D-Bus of
# the desktop it runs on (a notification would pop up on the developer's
# screen): its session and system bus addresses lead nowhere, and a
# PRIVATE_DBUS test runs inside dbus-run-session (Debian dbus-daemon) on a
# bus of its own where only the tests' fake services answer. A
# POSTGRESQL_ONLY test is about the PostgreSQL server itself and runs only
# as NAME_pg (see neuvo_add_pg_test).
function(neuvo_add_test name)
    cmake_parse_arguments(ARG "PRIVATE_DBUS;POSTGRESQL_ONLY" "" "SOURCES;LIBRARIES" ${ARGN})
    add_executable(${name} ${ARG_SOURCES})
    target_link_libraries(${name} PRIVATE neuvo_compile_options Qt6::Test neuvo_test_support ${ARG_LIBRARIES})
    target_compile_definitions(${name} PRIVATE
        NEUVO_TEST_DATA_DIR="${CMAKE_SOURCE_DIR}/tests/data"
        NEUVO_CLI_PATH="$<TARGET_FILE:neuvo-cli>")
    set(no_bus "unix:path=/nonexistent/neuvo-tests-use-no-bus")
    set(command $<TARGET_FILE:${name}>)
    if(ARG_PRIVATE_DBUS)
        find_program(NEUVO_DBUS_RUN_SESSION dbus-run-session REQUIRED)
        set(command ${NEUVO_DBUS_RUN_SESSION} --config-file=${CMAKE_SOURCE_DIR}/tests/data/dbus-session.conf
                    -- ${command})
    endif()
    set(environment "QT_QPA_PLATFORM=offscreen;LC_ALL=C.UTF-8;LANG=C.UTF-8;DBUS_SESSION_BUS_ADDRESS=${no_bus};DBUS_SYSTEM_BUS_ADDRESS=${no_bus}")
    # neuvo_add_pg_test runs the same command in the same environment again.
    set_property(GLOBAL PROPERTY NEUVO_TEST_${name}_COMMAND "${command}")
    set_property(GLOBAL PROPERTY NEUVO_TEST_${name}_ENVIRONMENT "${environment}")
    if(ARG_POSTGRESQL_ONLY)
        neuvo_add_pg_test(${name})
        return()
    endif()
    add_test(NAME ${name} COMMAND ${command})
    set_tests_properties(${name} PROPERTIES ENVIRONMENT "${environment}" TIMEOUT 300)
endfunction()

# PostgreSQL variants of the tests. With NEUVO_TEST_POSTGRESQL=AUTO (the
# default) they are registered when Debian's PostgreSQL server programs are
# installed; ON (the ci preset) makes their absence a configure error, so CI
# never skips them silently; OFF leaves them out.
set(NEUVO_TEST_POSTGRESQL AUTO CACHE STRING "Also run the tests on a private PostgreSQL server (AUTO, ON, OFF)")
set_property(CACHE NEUVO_TEST_POSTGRESQL PROPERTY STRINGS AUTO ON OFF)
set(NEUVO_PG_TEST_SERVER "${CMAKE_SOURCE_DIR}/tests/pg/pg-test-server")
set(NEUVO_PG_STATE_DIR "${CMAKE_BINARY_DIR}/tests/pg-server")
if(NOT NEUVO_TEST_POSTGRESQL STREQUAL "OFF")
    # Debian keeps each major version's server programs in its own folder,
    # off PATH; the newest installed one is used (pg-test-server does the same).
    file(GLOB neuvo_pg_bindirs LIST_DIRECTORIES true "/usr/lib/postgresql/*/bin")
    list(SORT neuvo_pg_bindirs COMPARE NATURAL ORDER DESCENDING)
    find_program(NEUVO_PG_INITDB initdb HINTS ${neuvo_pg_bindirs})
    find_program(NEUVO_PG_CTL pg_ctl HINTS ${neuvo_pg_bindirs})
    if(NEUVO_PG_INITDB AND NEUVO_PG_CTL)
        set(NEUVO_PG_TESTS_ENABLED TRUE)
        cmake_path(GET NEUVO_PG_INITDB PARENT_PATH NEUVO_PG_BINDIR)
        message(STATUS "PostgreSQL test variants: on, server programs in ${NEUVO_PG_BINDIR}")
    elseif(NEUVO_TEST_POSTGRESQL STREQUAL "ON")
        message(FATAL_ERROR "NEUVO_TEST_POSTGRESQL=ON but initdb/pg_ctl were not found: run scripts/install-deps (Debian's postgresql)")
    else()
        message(STATUS "PostgreSQL test variants: off (no initdb/pg_ctl; scripts/install-deps installs them)")
    endif()
endif()

# The fixture every PostgreSQL test requires: CTest starts the private server
# (tests/pg/pg-test-server) before the first of them and stops it after the
# last, also when only some are selected with -R.
function(neuvo_add_pg_server_fixture)
    get_property(registered GLOBAL PROPERTY NEUVO_PG_SERVER_FIXTURE)
    if(NOT NEUVO_PG_TESTS_ENABLED OR registered)
        return()
    endif()
    set_property(GLOBAL PROPERTY NEUVO_PG_SERVER_FIXTURE TRUE)
    add_test(NAME neuvo_pg_server_start COMMAND ${NEUVO_PG_TEST_SERVER} start ${NEUVO_PG_STATE_DIR})
    add_test(NAME neuvo_pg_server_stop COMMAND ${NEUVO_PG_TEST_SERVER} stop ${NEUVO_PG_STATE_DIR})
    set_tests_properties(neuvo_pg_server_start PROPERTIES
        FIXTURES_SETUP neuvo_pg_server ENVIRONMENT "NEUVO_PG_BINDIR=${NEUVO_PG_BINDIR}" TIMEOUT 120 LABELS postgresql)
    set_tests_properties(neuvo_pg_server_stop PROPERTIES
        FIXTURES_CLEANUP neuvo_pg_server ENVIRONMENT "NEUVO_PG_BINDIR=${NEUVO_PG_BINDIR}" TIMEOUT 60 LABELS postgresql)
endfunction()

# neuvo_add_pg_test(NAME [FUNCTIONS function...])
# Registers the test NAME (from neuvo_add_test) a second time as NAME_pg,
# run against the private PostgreSQL server: the same command in the same
# environment, plus NEUVO_TEST_DATABASE_URL naming the server's database for
# tests (postgresql://neuvo@/neuvo_test?host=SOCKETDIR); the fixture in
# tests/support/testdatabase.h makes the tests' databases from it.
# FUNCTIONS names the only test functions of a suite that apply to a server
# (Qt Test runs just those); the others are about SQLite's file and are not
# part of the server run by design, which the suite says in a comment and
# docs/postgresql.md in its table.
function(neuvo_add_pg_test name)
    cmake_parse_arguments(ARG "" "" "FUNCTIONS" ${ARGN})
    get_property(command GLOBAL PROPERTY NEUVO_TEST_${name}_COMMAND)
    get_property(environment GLOBAL PROPERTY NEUVO_TEST_${name}_ENVIRONMENT)
    if(NOT command)
        message(FATAL_ERROR "neuvo_add_pg_test(${name}): register it with neuvo_add_test first")
    endif()
    if(NOT NEUVO_PG_TESTS_ENABLED)
        return()
    endif()
    neuvo_add_pg_server_fixture()
    add_test(NAME ${name}_pg COMMAND ${NEUVO_PG_TEST_SERVER} exec ${NEUVO_PG_STATE_DIR} -- ${command} ${ARG_FUNCTIONS})
    # Twice the SQLite run's limit: a server round trip per statement makes
    # the CLI suites 2-3 times slower there, and under a load of 25 on two
    # cores tst_cli_edits_pg and tst_exchange_pg passed 300 s.
    set_tests_properties(${name}_pg PROPERTIES
        ENVIRONMENT "${environment}"
        TIMEOUT 600
        FIXTURES_REQUIRED neuvo_pg_server
        LABELS postgresql)
endfunction()
