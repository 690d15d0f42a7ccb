# Which of our own folders each layer's sources may #include ("core/...",
# "db/...", ...): the same downward arrows as the link check, read from the
# source text, so an include that the link graph happens to satisfy
# transitively (docs -> services -> db) is still refused.
# Used by OcoposLayering.cmake at configure time, and as a script:
#   cmake -DOCOPOS_LAYER=<layer> -DOCOPOS_DIR=<folder> [-DOCOPOS_ROOT=<dir>] -P OcoposIncludeRules.cmake
# (tests/layering runs it on a fake offending file and expects it to fail).

if(CMAKE_SCRIPT_MODE_FILE)
  cmake_policy(SET CMP0057 NEW)  # IN_LIST, which a project's cmake_minimum_required already gives
endif()

set(_ocopos_folders core db services printing docs ui centre portal)
set(_ocopos_may_include_core "")
set(_ocopos_may_include_db core)
set(_ocopos_may_include_services core db)
set(_ocopos_may_include_printing core)
set(_ocopos_may_include_docs core services printing)
set(_ocopos_may_include_ui core services printing docs)
set(_ocopos_may_include_centre core db)
# The portal: the centre's data (db, centre) and the store's statement PDF (docs).
set(_ocopos_may_include_portal core db centre services printing docs)
set(_ocopos_may_include_centreapp core db centre portal)

# Fails the configure (or script) naming the first forbidden include of any
# .h/.cpp under `dir`. `root` is the source tree root, for the message.
function(ocopos_check_includes layer dir root)
  if(NOT DEFINED _ocopos_may_include_${layer})
    message(FATAL_ERROR "Layering: unknown layer '${layer}'")
  endif()
  set(allowed ${layer} ${_ocopos_may_include_${layer}})
  list(JOIN _ocopos_folders "|" alternatives)
  file(GLOB_RECURSE files "${dir}/*.h" "${dir}/*.cpp")
  foreach(f IN LISTS files)
    file(RELATIVE_PATH rel "${root}" "${f}")
    file(STRINGS "${f}" lines REGEX "^[ \t]*#[ \t]*include[ \t]*\"(${alternatives})/")
    foreach(line IN LISTS lines)
      string(REGEX MATCH "\"(${alternatives})/[^\"]*\"" included "${line}")
      set(folder "${CMAKE_MATCH_1}")
      if(NOT folder IN_LIST allowed)
        list(JOIN allowed ", " may)
        message(FATAL_ERROR "Layering: ${rel} includes ${included}: ${layer} may include only ${may} (see docs/CONVENTIONS.md)")
      endif()
    endforeach()
  endforeach()
endfunction()

if(CMAKE_SCRIPT_MODE_FILE AND CMAKE_SCRIPT_MODE_FILE STREQUAL CMAKE_CURRENT_LIST_FILE)
  get_filename_component(OCOPOS_DIR "${OCOPOS_DIR}" ABSOLUTE)
  if(NOT OCOPOS_ROOT)
    set(OCOPOS_ROOT "${OCOPOS_DIR}")
  endif()
  get_filename_component(OCOPOS_ROOT "${OCOPOS_ROOT}" ABSOLUTE)
  ocopos_check_includes("${OCOPOS_LAYER}" "${OCOPOS_DIR}" "${OCOPOS_ROOT}")
endif()
