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

# neuvo_add_test(NAME SOURCES... [LIBRARIES ...] [PRIVATE_DBUS])
# One Qt Test executable per unit, registered with CTest and run offscreen
# with isolated settings and data folders. A test never reaches the D-Bus of
# the desktop it runs on (a notification would pop up on the developer's
# screen): its session and system bus addresses lead nowhere, and a
# PRIVATE_DBUS test runs inside dbus-run-session (Debian dbus-daemon) on a
# bus of its own where only the tests' fake services answer.
function(neuvo_add_test name)
    cmake_parse_arguments(ARG "PRIVATE_DBUS" "" "SOURCES;LIBRARIES" ${ARGN})
    add_executable(${name} ${ARG_SOURCES})
    target_link_libraries(${name} PRIVATE neuvo_compile_options Qt6::Test ${ARG_LIBRARIES})
    target_compile_definitions(${name} PRIVATE
        NEUVO_TEST_DATA_DIR="${CMAKE_SOURCE_DIR}/tests/data"
        NEUVO_CLI_PATH="$<TARGET_FILE:neuvo-cli>")
    set(no_bus "unix:path=/nonexistent/neuvo-tests-use-no-bus")
    if(ARG_PRIVATE_DBUS)
        find_program(NEUVO_DBUS_RUN_SESSION dbus-run-session REQUIRED)
        add_test(NAME ${name}
                 COMMAND ${NEUVO_DBUS_RUN_SESSION} --config-file=${CMAKE_SOURCE_DIR}/tests/data/dbus-session.conf
                         -- $<TARGET_FILE:${name}>)
    else()
        add_test(NAME ${name} COMMAND ${name})
    endif()
    set_tests_properties(${name} PROPERTIES
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LC_ALL=C.UTF-8;LANG=C.UTF-8;DBUS_SESSION_BUS_ADDRESS=${no_bus};DBUS_SYSTEM_BUS_ADDRESS=${no_bus}"
        TIMEOUT 300)
endfunction()
