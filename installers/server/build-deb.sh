#!/usr/bin/env bash
# Packs the server's jpackage application image and the files in deb/ into truongso-server_VERSION_ARCH.deb.
# Usage: build-deb.sh APP_IMAGE_DIR VERSION MAINTAINER_EMAIL DEST_DIR   (the installer-server module calls it)
set -euo pipefail
image=$1 version=$2 maintainer=$3 dest=$4
here=$(cd "$(dirname "$0")" && pwd)
arch=$(dpkg --print-architecture)
stage=$(mktemp -d)
chmod 0755 "$stage"  # becomes / on the target: mktemp's 0700 would be wrong there
trap 'rm -rf "$stage"' EXIT

install -d "$stage/DEBIAN" "$stage/opt" "$stage/usr/bin" "$stage/usr/lib/systemd/system" "$stage/etc/truongso-server" \
    "$stage/usr/share/doc/truongso-server"
cp -a "$image" "$stage/opt/truongso-server"
# Native libraries a headless server never loads: AWT's X11 toolkit, sound, the splash screen. Without them the
# runtime needs nothing but libc (so no X11 libraries are pulled onto a server).
rm -f "$stage"/opt/truongso-server/lib/runtime/lib/{libawt_xawt.so,libjawt.so,libjsound.so,libsplashscreen.so}
install -m 0644 "$here/deb/truongso-server.service" "$stage/usr/lib/systemd/system/"
install -m 0644 "$here/deb/server.properties" "$stage/etc/truongso-server/"
install -m 0755 "$here/deb/truongso-server-admin" "$stage/usr/bin/"
install -m 0644 "$here/../../LICENSE" "$stage/usr/share/doc/truongso-server/copyright"
install -m 0755 "$here/deb/postinst" "$here/deb/prerm" "$here/deb/postrm" "$stage/DEBIAN/"
# dpkg keeps an administrator's changes to a conffile across upgrades and removes it only on purge.
echo /etc/truongso-server/server.properties > "$stage/DEBIAN/conffiles"

size_kib=$(du -sk --exclude=DEBIAN "$stage" | cut -f1)
cat > "$stage/DEBIAN/control" <<CONTROL
Package: truongso-server
Version: $version
Section: education
Priority: optional
Architecture: $arch
Maintainer: Trường Số <$maintainer>
Installed-Size: $size_kib
Depends: libc6, adduser
Description: Trường Số sync server
 Brings the offline Trường Số school PCs together: gradebooks, student records
 and accounts sync through it. Runs as the systemd service truongso-server;
 administered with truongso-server-admin.
CONTROL

mkdir -p "$dest"
rm -f "$dest"/truongso-server_*.deb  # one package in DEST, as jpackage leaves for the app
out="$dest/truongso-server_${version}_${arch}.deb"
# fakeroot: every file in the package belongs to root, whoever builds it.
fakeroot dpkg-deb --build --root-owner-group "$stage" "$out" >/dev/null
echo "built $out ($(stat -c %s "$out") bytes)"
