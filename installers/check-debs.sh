#!/usr/bin/env bash
# Proves what installers/README.md promises about the two DEBs, on this machine:
#   1. builds them as version N (0.1.0) and N+1 (0.1.1);
#   2. reads their metadata and contents (names, versions, Depends, desktop entry, systemd unit, conffile, a trimmed
#      runtime, no build paths);
#   3. installs N (apt resolves the Depends from Debian), runs the app's headless self-check and the server's admin
#      CLI and /health through the installed launchers, as the systemd unit would start the server;
#   4. installs N+1 over N: the app's store and the server's school are still there, the server's database migrated
#      to N+1's extra migration (upgrade-probe/), the changed conffile kept;
#   5. removes and purges: removal keeps the server's data, purge takes it, its configuration and its user.
# Needs root on a Debian-family system without these packages installed (it refuses otherwise, and purges them at
# the end): CI's machine or a throwaway one. .ci/run runs it after the tests.
# CHECK_DEBS_FROM=DIR skips the builds and takes DIR/n/*.deb and DIR/n1/*.deb; CHECK_DEBS_KEEP=DIR keeps the built
# DEBs there (both for working on this script).
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$PWD
v1=0.1.0 v2=0.1.1
arch=$(dpkg --print-architecture)
work=$(mktemp -d /tmp/truongso-check-debs.XXXXXX)
passed=0 server_pid="" installed_by_us=false
start_time=$SECONDS

ok() { passed=$((passed + 1)); echo "  ok: $*"; }
fail() {
    echo "  FAIL: $*" >&2
    echo "check-debs: $passed passed, 1 failed"
    exit 1
}
step() { echo "== $* ($((SECONDS - start_time)) s)"; }
# expect DESCRIPTION COMMAND...: the command must succeed.
expect() {
    local what=$1
    shift
    "$@" >/dev/null 2>&1 || fail "$what (command: $*)"
    ok "$what"
}
field() { dpkg-deb --field "$2" "$1"; } # FIELD DEB

cleanup() {
    if [ -n "$server_pid" ]; then kill "$server_pid" 2>/dev/null || true; wait "$server_pid" 2>/dev/null || true; fi
    if $installed_by_us; then dpkg --purge truongso truongso-server >/dev/null 2>&1 || true; fi
    for dir in ${made_dirs:-}; do # only what this check made, and only if nothing else has put files there since
        rm -f "$dir/mimeinfo.cache"
        find "$dir" -depth -type d -empty -delete 2>/dev/null || true
    done
    rm -rf "$work"
}
trap cleanup EXIT

[ "$(id -u)" = 0 ] || fail "run as root: it installs the packages on this machine"
for package in truongso truongso-server; do
    if dpkg-query -W -f '${Status}' "$package" 2>/dev/null | grep -q installed; then
        fail "$package is already installed here; this check installs and purges it, so it stops rather than touch it"
    fi
done

# ---------------------------------------------------------------------------------------------------------------
step "1. build the DEBs as $v1 and as $v2"
mkdir -p "$work/n" "$work/n1"
if [ -n "${CHECK_DEBS_FROM:-}" ]; then
    cp "$CHECK_DEBS_FROM"/n/*.deb "$work/n/" && cp "$CHECK_DEBS_FROM"/n1/*.deb "$work/n1/"
else
    build() { # VERSION DIR [MAVEN ARGS]: the README's installer command with another version; the DEBs copied out
        local version=$1 dir=$2
        shift 2
        rm -f installers/*/target/installer/*.deb
        ./mvnw -B -q -Pinstallers -pl installers/desktop,installers/server -am -DskipTests verify \
            -Dinstaller.version="$version" "$@" >"$work/build-$version.log" 2>&1 \
            || { grep -v '^WARNING:' "$work/build-$version.log" | tail -40 >&2; fail "the build of $version failed"; }
        cp installers/desktop/target/installer/*.deb installers/server/target/installer/*.deb "$dir/"
    }
    # The same packages as README's command, compressed with zstd instead of dpkg-deb's default xz (dpkg-deb reads
    # the variable): seconds instead of two minutes per package on two cores. The sizes printed at the end are
    # therefore a little larger than the shipped (xz) ones.
    export DPKG_DEB_COMPRESSOR_TYPE=${DPKG_DEB_COMPRESSOR_TYPE:-zstd}
    build "$v1" "$work/n"
    # N+1 exists only to be upgraded to. It carries one more server migration (upgrade-probe/), so that the upgrade
    # has something to migrate.
    build "$v2" "$work/n1" -Dinstaller.upgradeProbe
    if [ -n "${CHECK_DEBS_KEEP:-}" ]; then mkdir -p "$CHECK_DEBS_KEEP" && cp -r "$work/n" "$work/n1" "$CHECK_DEBS_KEEP/"; fi
fi
app_n=$work/n/truongso_${v1}-1_${arch}.deb server_n=$work/n/truongso-server_${v1}-1_${arch}.deb
app_n1=$work/n1/truongso_${v2}-1_${arch}.deb server_n1=$work/n1/truongso-server_${v2}-1_${arch}.deb
for deb in "$app_n" "$server_n" "$app_n1" "$server_n1"; do
    expect "built $(basename "$deb")" test -s "$deb"
done

# ---------------------------------------------------------------------------------------------------------------
step "2. metadata and contents"
expect "app: package name truongso" test "$(field Package "$app_n")" = truongso
expect "app: version $v1-1" test "$(field Version "$app_n")" = "$v1-1"
expect "app: version $v2-1 for N+1" test "$(field Version "$app_n1")" = "$v2-1"
expect "app: Depends names GTK 3 (JavaFX loads it at run time)" grep -qF 'libgtk-3-0 | libgtk-3-0t64' <<<"$(field Depends "$app_n")"
expect "server: package name truongso-server" test "$(field Package "$server_n")" = truongso-server
expect "server: version $v1-1" test "$(field Version "$server_n")" = "$v1-1"
expect "server: Depends on adduser (its postinst creates the user)" grep -qw adduser <<<"$(field Depends "$server_n")"
expect "server: no X11 library among its Depends" bash -c '! grep -q libx11 <<<"$1"' _ "$(field Depends "$server_n")"

dpkg-deb --contents "$app_n" | awk '{print $NF}' >"$work/app.contents"
dpkg-deb --contents "$server_n" | awk '{print $NF}' >"$work/server.contents"
for path in ./opt/truongso/bin/truongso ./opt/truongso/lib/truongso-truongso.desktop ./opt/truongso/lib/truongso.png; do
    expect "app contains $path" grep -qxF "$path" "$work/app.contents"
done
for path in ./opt/truongso-server/bin/truongso-server ./usr/bin/truongso-server-admin \
    ./usr/lib/systemd/system/truongso-server.service ./etc/truongso-server/server.properties; do
    expect "server contains $path" grep -qxF "$path" "$work/server.contents"
done

mkdir -p "$work/x-app" "$work/x-server" "$work/ctl-server"
dpkg-deb -x "$app_n" "$work/x-app"
dpkg-deb -x "$server_n" "$work/x-server"
dpkg-deb -e "$server_n" "$work/ctl-server"
desktop=$work/x-app/opt/truongso/lib/truongso-truongso.desktop
expect "desktop entry: Name=Trường Số" grep -qx 'Name=Trường Số' "$desktop"
expect "desktop entry: in Education and Office" grep -qx 'Categories=Education;Office;' "$desktop"
expect "desktop entry: runs the installed launcher" grep -qx 'Exec=/opt/truongso/bin/truongso' "$desktop"
expect "desktop entry: icon is in the package" grep -qxF ".$(sed -n 's/^Icon=//p' "$desktop")" "$work/app.contents"
if command -v desktop-file-validate >/dev/null; then
    expect "desktop entry: desktop-file-validate accepts it" desktop-file-validate "$desktop"
fi
expect "server: its configuration is a conffile" grep -qx /etc/truongso-server/server.properties "$work/ctl-server/conffiles"
unit=$work/x-server/usr/lib/systemd/system/truongso-server.service
for line in Type=simple Restart=on-failure User=truongso-server ProtectSystem=strict \
    ReadWritePaths=/var/lib/truongso-server NoNewPrivileges=yes \
    Environment=TRUONGSO_SERVER_CONFIG=/etc/truongso-server/server.properties; do
    expect "unit: $line" grep -qx "$line" "$unit"
done
expect "server: data.dir is /var/lib/truongso-server" grep -qx data.dir=/var/lib/truongso-server \
    "$work/x-server/etc/truongso-server/server.properties"
for x in app server; do
    runtime=$(echo "$work"/x-$x/opt/truongso*/lib/runtime)
    modules=$(sed -n 's/^MODULES="\(.*\)"/\1/p' "$runtime/release")
    expect "$x: runtime trimmed ($(wc -w <<<"$modules") modules, no compiler, no jshell)" \
        bash -c '[ "$(wc -w <<<"$1")" -lt 25 ] && ! grep -qw -e jdk.compiler -e jdk.jshell <<<"$1"' _ "$modules"
    expect "$x: runtime without headers, man pages or JDK commands" \
        bash -c '[ ! -e "$1/include" ] && [ ! -e "$1/man" ] && [ ! -e "$1/bin/javac" ] && [ ! -e "$1/bin/jar" ]' _ "$runtime"
    expect "$x: no build path (this checkout or ~/.m2) in any file" \
        bash -c '! grep -rlF -e "$1" -e "$2" "$3"' _ "$repo" "$HOME/.m2" "$work/x-$x"
done
expect "app: no sound or splash-screen library in its runtime" \
    bash -c '! ls "$1"/opt/truongso/lib/runtime/lib | grep -q -e libjsound -e libsplashscreen' _ "$work/x-app"
expect "server: no X11, sound or splash-screen library in its runtime" \
    bash -c '! ls "$1"/opt/truongso-server/lib/runtime/lib | grep -q -e libawt_xawt -e libjsound -e libsplashscreen' _ "$work/x-server"

# ---------------------------------------------------------------------------------------------------------------
step "3. install $v1 and run it"
install_debs() { # apt-get resolves the Depends (GTK 3, xdg-utils) from the Debian archive, as on a school PC
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "$@" >"$work/apt.log" 2>&1 \
        || { grep -v 'Reading database' "$work/apt.log" | tail -30 >&2; return 1; }
}
installed_by_us=true
# A machine without a desktop menu (no /etc/xdg/menus, like CI) must still install the app; step 4 makes the
# folders xdg-desktop-menu writes to, as every desktop has them.
install_debs "$app_n" "$server_n" || fail "apt-get could not install both DEBs of $v1"
ok "apt-get installs both DEBs of $v1 (and their Depends)"
expect "truongso $v1-1 is installed" test "$(dpkg-query -W -f '${Version}' truongso)" = "$v1-1"
expect "truongso-server $v1-1 is installed" test "$(dpkg-query -W -f '${Version}' truongso-server)" = "$v1-1"
expect "the service's user exists and is a system user" \
    bash -c 'uid=$(id -u truongso-server) && [ "$uid" -lt 1000 ]'
expect "/var/lib/truongso-server belongs to it, mode 750" \
    test "$(stat -c '%U %a' /var/lib/truongso-server)" = "truongso-server 750"
expect "/etc/truongso-server/server.properties is root:truongso-server, mode 640" \
    test "$(stat -c '%U:%G %a' /etc/truongso-server/server.properties)" = "root:truongso-server 640"
expect "truongso-server-admin is on the PATH" command -v truongso-server-admin
if command -v systemd-analyze >/dev/null; then
    expect "systemd-analyze verify accepts the installed unit" systemd-analyze verify truongso-server.service
fi

# The app, headless: no display at all, and a data folder of our own.
self_check() {
    env -u DISPLAY -u WAYLAND_DISPLAY /opt/truongso/bin/truongso --self-check "$work/appdata" 2>"$work/self-check.err"
}
line_n=$(self_check) || { cat "$work/self-check.err" >&2; fail "the installed app's self-check failed: $line_n"; }
echo "  $line_n"
expect "app: self-check created the store" test -f "$work/appdata/truongso.mv.db"
identity() { grep -o ' device=[^ ]* school=[^ ]*' <<<"$1"; }
expect "app: self-check names a device and a school" test -n "$(identity "$line_n")"

# The server, as its unit starts it: same user, environment, folder and command line.
unit_value() { sed -n "s/^$1=//p" /usr/lib/systemd/system/truongso-server.service; }
free_port() {
    local port
    for _ in $(seq 50); do
        port=$((20000 + RANDOM % 40000))
        if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then echo "$port"; return; fi
    done
    return 1
}
port=$(free_port)
# An administrator's change to the conffile: it must survive the upgrade.
sed -i "s/^port=.*/port=$port/" /etc/truongso-server/server.properties
start_server() {
    local user
    user=$(unit_value User)
    (cd "$(unit_value WorkingDirectory)" && exec env "$(unit_value Environment)" \
        setpriv --reuid="$user" --regid="$user" --init-groups $(unit_value ExecStart)) >"$work/server.log" 2>&1 &
    server_pid=$!
    for _ in $(seq 120); do
        if curl -fsS "http://127.0.0.1:$port/health" >"$work/health.json" 2>/dev/null; then return 0; fi
        kill -0 "$server_pid" 2>/dev/null || break
        sleep 0.5
    done
    cat "$work/server.log" >&2
    return 1
}
stop_server() { # SIGTERM, as systemd stops it; 143 is the JVM's exit after its graceful shutdown (SuccessExitStatus)
    local code=0
    kill -TERM "$server_pid"
    wait "$server_pid" || code=$?
    server_pid=""
    [ "$code" = 0 ] || [ "$code" = 143 ]
}
created=$(truongso-server-admin school create --code BH01 --name "Trường THPT Bắc Hà" 2>&1) \
    || fail "truongso-server-admin school create: $created"
ok "server: truongso-server-admin created school BH01"
expect "server: its database and master key are in /var/lib/truongso-server, the service's" \
    test "$(stat -c %U /var/lib/truongso-server/truongso-server.mv.db /var/lib/truongso-server/master.key | sort -u)" = truongso-server
start_server || fail "the installed server did not answer /health on port $port"
expect "server: /health answers UP on port $port" grep -q '"status":"UP"' "$work/health.json"
expect "server: logs to stdout (the journal)" grep -q "listening on" "$work/server.log"
expect "server: stops cleanly on SIGTERM" stop_server

# ---------------------------------------------------------------------------------------------------------------
step "4. upgrade to $v2 over $v1"
# Now as on a desktop PC, which has a menu: the new version's postinst registers the entry there.
made_dirs=""
for dir in /etc/xdg/menus /usr/share/desktop-directories /usr/share/applications; do
    [ -d "$dir" ] || { made_dirs="$made_dirs $dir"; mkdir -p "$dir"; }
done
install_debs "$app_n1" "$server_n1" || fail "apt-get could not install both DEBs of $v2 over $v1"
ok "apt-get installs both DEBs of $v2 over $v1"
# xdg-desktop-menu puts it in the first folder of XDG_DATA_DIRS: /usr/local/share/applications by default.
menu_entry() { ls /usr/local/share/applications/truongso-truongso.desktop /usr/share/applications/truongso-truongso.desktop 2>/dev/null; }
expect "the menu entry is registered ($(menu_entry))" test -n "$(menu_entry)"
expect "truongso $v2-1 is installed" test "$(dpkg-query -W -f '${Version}' truongso)" = "$v2-1"
expect "truongso-server $v2-1 is installed" test "$(dpkg-query -W -f '${Version}' truongso-server)" = "$v2-1"
expect "the administrator's port in the conffile is kept" grep -qx "port=$port" /etc/truongso-server/server.properties
line_n1=$(self_check) || { cat "$work/self-check.err" >&2; fail "self-check after the upgrade failed: $line_n1"; }
echo "  $line_n1"
expect "app: after the upgrade, the same store (device and school)" test "$(identity "$line_n1")" = "$(identity "$line_n")"
schema() { grep -o ' schema=[^ ]*' <<<"$1" | cut -d= -f2; }
# The app runs Flyway only when the store's version differs from the one it was built with (LocalStore), so a probe
# migration cannot reach it here; its migration of an older store is SchemaTwoUpgradeTest's job.
expect "app: the store is at the app's schema ($(schema "$line_n1"))" test "$(schema "$line_n1")" = "$(schema "$line_n")"
# The server first, before any admin command: its log says whether it migrated the old database.
start_server || fail "the upgraded server did not answer /health"
expect "server: the upgraded server answers /health UP" grep -q '"status":"UP"' "$work/health.json"
expect "server: it migrated the old database to 900 (its log: $(grep -o 'event=database_migrated.*' "$work/server.log"))" \
    grep -q 'event=database_migrated from=[0-9]* to=900' "$work/server.log"
expect "server: stops cleanly on SIGTERM" stop_server
listed=$(truongso-server-admin school list 2>&1) || fail "school list after the upgrade: $listed"
expect "server: after the upgrade, school list still shows BH01" grep -q 'BH01.*Trường THPT Bắc Hà' <<<"$listed"

# ---------------------------------------------------------------------------------------------------------------
step "5. remove, then purge"
expect "dpkg removes truongso-server" dpkg --remove truongso-server
expect "removal keeps the data" test -f /var/lib/truongso-server/truongso-server.mv.db
expect "removal keeps the configuration" test -f /etc/truongso-server/server.properties
expect "removal keeps the user" id truongso-server
expect "removal takes the program and the admin command" bash -c '[ ! -e /opt/truongso-server ] && [ ! -e /usr/bin/truongso-server-admin ]'
expect "dpkg purges truongso-server" dpkg --purge truongso-server
expect "purge takes the data, the configuration and the user" \
    bash -c '[ ! -e /var/lib/truongso-server ] && [ ! -e /etc/truongso-server ] && ! id truongso-server'
expect "dpkg purges truongso" dpkg --purge truongso
expect "purge takes the app and its menu entry" bash -c '[ ! -e /opt/truongso ] && [ -z "$1" ]' _ "$(menu_entry)"
installed_by_us=false

# ---------------------------------------------------------------------------------------------------------------
step "sizes of the $v1 packages as this check built them (bytes; README's command compresses with xz, smaller)"
for deb in "$app_n" "$server_n"; do
    printf '  %-40s %10d bytes  (installed: %s KiB)\n' "$(basename "$deb")" "$(stat -c %s "$deb")" "$(field Installed-Size "$deb")"
done
echo "check-debs: $passed passed, 0 failed ($((SECONDS - start_time)) s)"
