#!/usr/bin/env bash
# The Debian package end to end: cpack makes ocopos_<version>_amd64.deb from this
# build; its control file has the dependencies dpkg-shlibdeps found; it holds the
# app, the CLI, the fonts, the .desktop file, icon, metainfo and man pages; it is
# installed into a scratch root (dpkg -x) and ocopos-cli runs from there (--version,
# init --demo, a PDF with the packaged fonts); lintian finds no error.
# Usage: PackageTest.sh BUILD_DIR VERSION
set -euo pipefail
build=$1
version=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

cpack -G DEB -B "$tmp/out" --config "$build/CPackConfig.cmake" >"$tmp/cpack.log" 2>&1 \
  || { cat "$tmp/cpack.log"; fail "cpack failed"; }
deb=$tmp/out/ocopos_${version}_amd64.deb
[ -f "$deb" ] || { ls -l "$tmp/out"; fail "no $deb"; }
echo "package: $(basename "$deb"), $(stat -c %s "$deb") bytes"

# The control file: name, version, and the libraries the binaries load.
dpkg-deb -f "$deb" Package Version Architecture Depends Recommends | tee "$tmp/control"
[ "$(dpkg-deb -f "$deb" Version)" = "$version" ] || fail "Version is not $version"
depends=$(dpkg-deb -f "$deb" Depends)
for lib in libqt6core6 libqt6sql6 libqt6sql6-sqlite libsodium23 libhpdf libspdlog libqrencode libc6; do
  [[ $depends == *"$lib"* ]] || fail "Depends lacks $lib: $depends"
done

# The files a user needs.
dpkg-deb -c "$deb" | awk '{print $6}' >"$tmp/files"
for f in ./usr/bin/ocopos-cli ./usr/share/man/man1/ocopos-cli.1.gz ./usr/share/doc/ocopos/copyright \
         ./usr/share/doc/ocopos/changelog.gz; do
  grep -qx "$f" "$tmp/files" || fail "the package lacks $f"
done
grep -q '^./usr/share/ocopos/fonts/NotoSans-Regular.*\.ttf$' "$tmp/files" || fail "the package lacks the fonts"
if grep -qx ./usr/bin/ocopos "$tmp/files"; then
  for f in ./usr/share/applications/vn.ocopos.Ocopos.desktop ./usr/share/icons/hicolor/scalable/apps/ocopos.svg \
           ./usr/share/metainfo/vn.ocopos.Ocopos.metainfo.xml ./usr/share/man/man1/ocopos.1.gz; do
    grep -qx "$f" "$tmp/files" || fail "the package lacks $f"
  done
  [[ $depends == *libqt6widgets6* && $depends == *qt6-qpa-plugins* ]] || fail "Depends lacks the GUI's libraries: $depends"
fi

# Installed into a scratch root, the CLI runs from there.
dpkg -x "$deb" "$tmp/root"
cli=$tmp/root/usr/bin/ocopos-cli
out=$("$cli" --version)
echo "$out"
[[ $out =~ ^ocopos-cli\ ${version//./\\.}\ \(store\ schema\ [0-9]+\)$ ]] || fail "--version printed: $out"
"$cli" --json --version | grep -q "\"version\":\"$version\"" || fail "--json --version"
if [ -x "$tmp/root/usr/bin/ocopos" ]; then
  app=$("$tmp/root/usr/bin/ocopos" --version)
  [[ $app =~ ^ocopos\ ${version//./\\.}\ \(store\ schema\ [0-9]+\)$ ]] || fail "ocopos --version printed: $app"
fi
export HOME=$tmp/home XDG_DATA_HOME=$tmp/home/data XDG_CONFIG_HOME=$tmp/home/config
unset OCOPOS_DB OCOPOS_USER OCOPOS_PIN OCOPOS_TILL OCOPOS_NOW
"$cli" --db "$tmp/store.db" init --demo >"$tmp/init.log" || { cat "$tmp/init.log"; fail "init --demo"; }
OCOPOS_PIN=1234 "$cli" --db "$tmp/store.db" --user quanly --json product list >"$tmp/products.json"
grep -q '"sku"' "$tmp/products.json" || fail "product list from the installed CLI is empty"
# A PDF from the installed binary: its fonts are the packaged ones, found next to it.
sku=$(/usr/bin/python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["products"][0]["sku"])' "$tmp/products.json")
OCOPOS_PIN=1234 "$cli" --db "$tmp/store.db" --user quanly labels --codes "$sku" --pdf "$tmp/labels.pdf"
pdffonts "$tmp/labels.pdf" | grep -q NotoSans || fail "the labels PDF has no Noto Sans"

# The man page names every command the CLI has.
zcat "$tmp/root/usr/share/man/man1/ocopos-cli.1.gz" >"$tmp/man"
"$cli" --help | sed -n '/^commands:/,$p' | tail -n +2 | awk '{print $1}' | sort -u >"$tmp/commands"
[ -s "$tmp/commands" ] || fail "--help lists no commands"
while read -r cmd; do
  grep -q "$cmd" "$tmp/man" || fail "the man page does not mention the command '$cmd'"
done <"$tmp/commands"

if command -v desktop-file-validate >/dev/null && [ -f "$tmp/root/usr/share/applications/vn.ocopos.Ocopos.desktop" ]; then
  desktop-file-validate "$tmp/root/usr/share/applications/vn.ocopos.Ocopos.desktop"
fi
if command -v lintian >/dev/null; then
  # As root lintian asks for --allow-root; errors fail the test, warnings are printed.
  lintian --allow-root --fail-on error --tag-display-limit 0 "$deb" | tee "$tmp/lintian" || fail "lintian found errors"
elif [ "${CI:-}" = true ]; then
  fail "lintian is not installed (scripts/install-deps installs it)"
fi
echo "package ok"
