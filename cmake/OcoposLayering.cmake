# The layers point down only: ui -> services -> db -> core; printing -> core;
# docs -> services + printing (the documents of the services' results).
# Only ocopos_ui and the desktop executable may link Qt Gui or Qt Widgets, so every
# other library and ocopos-cli runs without a display. Checked at configure time
# from the declared link interfaces and from the #include lines of each library's
# sources (OcoposIncludeRules.cmake); tests/cli also checks the built binary with ldd.
set(_ocopos_headless ocopos_core ocopos_db ocopos_services ocopos_printing ocopos_docs ocopos-cli
    ocopos_centre_db ocopos_centre ocopos_portal ocopos-centre)
set(_ocopos_forbidden Qt6::Gui Qt6::Widgets Qt::Gui Qt::Widgets Qt6::PrintSupport Qt6::Charts
    Qt6::Pdf Qt6::PdfWidgets ocopos_ui)

function(_ocopos_collect_links target out)
  set(seen "")
  set(queue ${target})
  while(queue)
    list(POP_FRONT queue t)
    if(t IN_LIST seen OR NOT TARGET ${t})
      continue()
    endif()
    list(APPEND seen ${t})
    get_target_property(libs ${t} LINK_LIBRARIES)
    get_target_property(ilibs ${t} INTERFACE_LINK_LIBRARIES)
    foreach(l IN LISTS libs ilibs)
      if(l AND NOT l MATCHES "-NOTFOUND$" AND NOT l MATCHES "^\\$<")
        list(APPEND queue ${l})
        list(APPEND seen_libs ${l})
      endif()
    endforeach()
  endwhile()
  set(${out} ${seen_libs} PARENT_SCOPE)
endfunction()

foreach(t IN LISTS _ocopos_headless)
  if(TARGET ${t})
    _ocopos_collect_links(${t} links)
    foreach(bad IN LISTS _ocopos_forbidden)
      if(bad IN_LIST links)
        message(FATAL_ERROR "Layering: ${t} must not link ${bad} (see docs/CONVENTIONS.md)")
      endif()
    endforeach()
  endif()
endforeach()

# Downward-only arrows between our own libraries.
set(_ocopos_not_allowed_ocopos_core ocopos_db ocopos_services ocopos_printing ocopos_docs ocopos_ui)
set(_ocopos_not_allowed_ocopos_db ocopos_services ocopos_printing ocopos_docs ocopos_ui)
set(_ocopos_not_allowed_ocopos_services ocopos_printing ocopos_docs ocopos_ui)
set(_ocopos_not_allowed_ocopos_printing ocopos_db ocopos_services ocopos_docs ocopos_ui)
set(_ocopos_not_allowed_ocopos_docs ocopos_ui)
set(_ocopos_not_allowed_ocopos_centre_db ocopos_services ocopos_printing ocopos_docs ocopos_ui ocopos_centre)
set(_ocopos_not_allowed_ocopos_centre ocopos_services ocopos_printing ocopos_docs ocopos_ui)
# The portal (src/portal) composes the centre's data with the store's statement
# documents (docs -> services + printing); the centre's program links it.
set(_ocopos_not_allowed_ocopos_portal ocopos_ui)
set(_ocopos_not_allowed_ocopos-centre ocopos_ui)
# docs reaches db only through services' own link; it may not link it itself.
get_target_property(_ocopos_docs_links ocopos_docs LINK_LIBRARIES)
if(ocopos_db IN_LIST _ocopos_docs_links)
  message(FATAL_ERROR "Layering: ocopos_docs must not link ocopos_db: documents ask services (see docs/CONVENTIONS.md)")
endif()
foreach(t ocopos_core ocopos_db ocopos_services ocopos_printing ocopos_docs ocopos_centre_db ocopos_centre ocopos_portal
        ocopos-centre)
  if(NOT TARGET ${t})
    continue()
  endif()
  _ocopos_collect_links(${t} links)
  foreach(bad IN LISTS _ocopos_not_allowed_${t})
    if(bad IN_LIST links)
      message(FATAL_ERROR "Layering: ${t} must not depend on ${bad} (see docs/CONVENTIONS.md)")
    endif()
  endforeach()
endforeach()

# The same arrows in the sources' #include lines.
include(${CMAKE_CURRENT_LIST_DIR}/OcoposIncludeRules.cmake)
ocopos_check_includes(core ${PROJECT_SOURCE_DIR}/src/core ${PROJECT_SOURCE_DIR})
ocopos_check_includes(db ${PROJECT_SOURCE_DIR}/db ${PROJECT_SOURCE_DIR})
ocopos_check_includes(services ${PROJECT_SOURCE_DIR}/src/services ${PROJECT_SOURCE_DIR})
ocopos_check_includes(printing ${PROJECT_SOURCE_DIR}/printing ${PROJECT_SOURCE_DIR})
ocopos_check_includes(docs ${PROJECT_SOURCE_DIR}/src/docs ${PROJECT_SOURCE_DIR})
ocopos_check_includes(ui ${PROJECT_SOURCE_DIR}/ui ${PROJECT_SOURCE_DIR})
# The province centre: its rules (src/centre) use core and db only (db/centre is
# checked with db above); its program (src/centre-app) adds the portal.
ocopos_check_includes(centre ${PROJECT_SOURCE_DIR}/src/centre ${PROJECT_SOURCE_DIR})
ocopos_check_includes(portal ${PROJECT_SOURCE_DIR}/src/portal ${PROJECT_SOURCE_DIR})
ocopos_check_includes(centreapp ${PROJECT_SOURCE_DIR}/src/centre-app ${PROJECT_SOURCE_DIR})
