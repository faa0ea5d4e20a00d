# Sourced by ./mvnw: Maven itself must run on a JDK 21+ (jOOQ's code generator runs inside Maven's JVM),
# while the machine's default java may be older. Pick JAVA_HOME if it is 21+, else the newest 21+ JDK found
# in the usual install places, else stop with one sentence.

jdk_major() { # prints the feature version of the JDK at $1, or nothing
  [ -x "$1/bin/javac" ] || return 0
  if [ -f "$1/release" ]; then
    sed -n 's/^JAVA_VERSION="\{0,1\}\([0-9]*\).*/\1/p' "$1/release" | head -n 1
  else
    "$1/bin/java" -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -n 1
  fi
}

find_jdk21() {
  best="" best_major=0
  default_java=$(command -v java 2>/dev/null || true)
  [ -n "$default_java" ] && default_java=$(dirname "$(dirname "$(readlink -f "$default_java")")")
  for candidate in "${JAVA_HOME-}" "$default_java" /usr/lib/jvm/* /opt/java/* /opt/*jdk* /usr/local/*jdk* \
      "$HOME"/.sdkman/candidates/java/* "$HOME"/.jdks/* /Library/Java/JavaVirtualMachines/*/Contents/Home; do
    [ -n "$candidate" ] && [ -d "$candidate" ] || continue
    major=$(jdk_major "$candidate")
    [ -n "$major" ] || continue
    if [ "$major" -ge 21 ] && [ "$major" -gt "$best_major" ]; then best="$candidate" best_major=$major; fi
    # A JAVA_HOME the user set that is good enough wins over anything newer we might find.
    if [ "$candidate" = "${JAVA_HOME-}" ] && [ "$major" -ge 21 ]; then break; fi
  done
  printf %s "$best"
}

set +f  # the search needs globbing; mvnw runs with it off
TRUONGSO_JDK=$(find_jdk21)
set -f
if [ -z "$TRUONGSO_JDK" ]; then
  echo "Trường Số needs a JDK 21 or newer to build and run: install one (for example 'apt-get install temurin-21-jdk' or openjdk-21-jdk) and run this command again." >&2
  exit 1
fi
JAVA_HOME="$TRUONGSO_JDK"
export JAVA_HOME
