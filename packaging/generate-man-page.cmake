# Writes a gzip-compressed man page from a freshly built program's --help and
# --version with help2man:
#   cmake -DHELP2MAN=... -DPROGRAM=/path/to/neuvo-cli -DINCLUDE=x.h2m -DOUTPUT=x.1.gz -P generate-man-page.cmake
# The environment is the reader's, not the builder's: English, HOME spelled
# "~" so the default paths in --help print as ~/.local/share/Neuvo/...,
# no display needed. help2man runs the program by its bare name (found
# through PATH) so the synopsis does not show the build folder.
foreach(var HELP2MAN PROGRAM INCLUDE OUTPUT)
    if(NOT ${var})
        message(FATAL_ERROR "generate-man-page.cmake: ${var} is not set")
    endif()
endforeach()

get_filename_component(program_dir "${PROGRAM}" DIRECTORY)
get_filename_component(program_name "${PROGRAM}" NAME)
get_filename_component(output_dir "${OUTPUT}" DIRECTORY)
string(REGEX REPLACE "\\.gz$" "" page "${OUTPUT}")
set(scratch "${output_dir}/${program_name}-home")
file(MAKE_DIRECTORY "${scratch}")

set(ENV{HOME} "~")
set(ENV{LANG} "C.UTF-8")
set(ENV{LC_ALL} "C.UTF-8")
set(ENV{QT_QPA_PLATFORM} "offscreen")
set(ENV{PATH} "${program_dir}:$ENV{PATH}")
foreach(var LANGUAGE XDG_DATA_HOME XDG_CONFIG_HOME XDG_CACHE_HOME DISPLAY WAYLAND_DISPLAY)
    unset(ENV{${var}})
endforeach()

execute_process(
    COMMAND "${HELP2MAN}" --no-info --section=1 "--include=${INCLUDE}" "--output=${page}" "${program_name}"
    WORKING_DIRECTORY "${scratch}"
    RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "help2man ${program_name} failed: ${result}")
endif()
# Debian wants man pages compressed with gzip -9n (no name, no time stamp).
execute_process(COMMAND gzip -9nf "${page}" RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "gzip ${page} failed: ${result}")
endif()
