# The Debian package: `cpack -G DEB` in a build folder makes ocopos_<version>_amd64.deb
# with the desktop app, ocopos-cli, the fonts they need, a .desktop file and icon,
# AppStream metainfo, man pages, and the Debian dependencies found by dpkg-shlibdeps.
# README "Shipping" says how; tests/package checks it (install into a scratch root, run).
include(GNUInstallDirs)

set(_pkg_src ${PROJECT_SOURCE_DIR}/src/app/packaging)
set(_pkg_out ${PROJECT_BINARY_DIR}/packaging)
file(MAKE_DIRECTORY ${_pkg_out})
set(VERSION ${PROJECT_VERSION})  # for @VERSION@ in the templates

# --- What is installed ----------------------------------------------------------
install(TARGETS ocopos-cli RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
set(_man_pages ocopos-cli.1)
configure_file(${PROJECT_SOURCE_DIR}/src/cli/man/ocopos-cli.1 ${_pkg_out}/ocopos-cli.1 @ONLY)
if(OCOPOS_BUILD_GUI)
  install(TARGETS ocopos RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
  list(APPEND _man_pages ocopos.1)
  configure_file(${_pkg_src}/ocopos.1 ${_pkg_out}/ocopos.1 @ONLY)
  configure_file(${_pkg_src}/vn.ocopos.Ocopos.metainfo.xml ${_pkg_out}/vn.ocopos.Ocopos.metainfo.xml @ONLY)
  install(FILES ${_pkg_src}/vn.ocopos.Ocopos.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
  install(FILES ${_pkg_src}/ocopos.svg DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
  install(FILES ${_pkg_out}/vn.ocopos.Ocopos.metainfo.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
endif()

# Debian wants man pages and changelogs compressed with gzip -9n (no name, no time:
# the same bytes on every build).
find_program(OCOPOS_GZIP gzip REQUIRED)
configure_file(${_pkg_src}/changelog.in ${_pkg_out}/changelog @ONLY)
set(_gz_outputs "")
foreach(f IN LISTS _man_pages ITEMS changelog)
  add_custom_command(OUTPUT ${_pkg_out}/${f}.gz
    COMMAND ${OCOPOS_GZIP} -9nc ${_pkg_out}/${f} > ${_pkg_out}/${f}.gz
    DEPENDS ${_pkg_out}/${f} VERBATIM)
  list(APPEND _gz_outputs ${_pkg_out}/${f}.gz)
endforeach()
add_custom_command(OUTPUT ${_pkg_out}/CLI.md.gz
  COMMAND ${OCOPOS_GZIP} -9nc ${PROJECT_SOURCE_DIR}/docs/CLI.md > ${_pkg_out}/CLI.md.gz
  DEPENDS ${PROJECT_SOURCE_DIR}/docs/CLI.md VERBATIM)
add_custom_target(ocopos_package_files ALL DEPENDS ${_gz_outputs} ${_pkg_out}/CLI.md.gz)
foreach(m IN LISTS _man_pages)
  install(FILES ${_pkg_out}/${m}.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
endforeach()
install(FILES ${_pkg_out}/changelog.gz ${_pkg_out}/CLI.md.gz ${_pkg_src}/copyright
        DESTINATION ${CMAKE_INSTALL_DOCDIR})

# --- The package ------------------------------------------------------------------
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME ocopos)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_VENDOR "OCOPOS")
set(CPACK_PACKAGE_CONTACT "OCOPOS maintainers <maintainers@ocopos.vn>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "point of sale and inventory for OCOP stores")
# The synopsis is the summary above; this is the long description under it.
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "OCOPOS rings up sales at the till of a Vietnamese OCOP store (local
specialities made by cooperatives and their member households, mostly on
consignment), receives goods into lots, counts stock, and settles with the
producers to the last dong. The desktop app is for the cashier and the back
office; ocopos-cli does the same without a screen, for scripts and cron.")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
    OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)  # ocopos_<version>_amd64.deb
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# What dpkg-shlibdeps cannot see: Qt's plugins, loaded at run time.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite")
if(OCOPOS_BUILD_GUI)
  string(APPEND CPACK_DEBIAN_PACKAGE_DEPENDS ", qt6-qpa-plugins")
endif()
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "libqt6sql6-psql")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "cups-client")  # receipt printers on a CUPS raw queue (lp)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
include(CPack)
