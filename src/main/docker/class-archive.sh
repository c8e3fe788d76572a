#!/bin/sh
# Makes the JVM's class archive for an extracted Dealtrace jar, so that a start maps the classes it needs (and, on
# JDK 25, how they were linked and which methods ran hot) from one file instead of finding, loading and verifying
# some 20,000 of them: less than half the cold start.
#
#   java -Djarmode=tools -jar dealtrace.jar extract --destination DIR   (DIR/dealtrace.jar and DIR/lib/)
#   class-archive.sh DIR/dealtrace.jar [arguments for the training start]
#   java <the option it prints last> -jar DIR/dealtrace.jar
#
# On JDK 25 and later it makes an AOT cache (DIR/dealtrace.aot, used with -XX:AOTCache=), before that a dynamic
# class-data archive (DIR/dealtrace.jsa, used with -XX:SharedArchiveFile=). JAVA names the JVM (default: java) and
# JAVA_OPTS the options the app will run with (such as -Xmx512m), which the training start takes too: the archive
# fits only the JVM that made it and these very jar files, so it is made by the JVM that will run the app. A JVM
# that cannot use it says so and starts without it.
#
# The training start runs the demo profile against a throwaway embedded PostgreSQL, opens a few pages from itself as
# a first visitor would (operations/TrainingStart), then stops, and the JVM writes the archive as it exits. Used by
# the Dockerfile and by bench/run, which measures the start it gives.
set -eu
JAR=$1
shift
JAVA=${JAVA:-java}
JAVA_OPTS=${JAVA_OPTS:-}
TRAINING=$(dirname "$JAR")/training
if "$JAVA" -XX:+PrintFlagsFinal -version 2>/dev/null | grep -q ' AOTCacheOutput '; then
    ARCHIVE=${JAR%.jar}.aot
    MAKE="-XX:AOTCacheOutput=$ARCHIVE"
    USE="-XX:AOTCache=$ARCHIVE"
else
    ARCHIVE=${JAR%.jar}.jsa
    MAKE="-XX:ArchiveClassesAtExit=$ARCHIVE"
    USE="-XX:SharedArchiveFile=$ARCHIVE"
fi
DEAL=/deals/microsoft-mistral-ai-partnership
PAGES="/,/deals,$DEAL,$DEAL/timeline,$DEAL/sources,/parties,/parties/microsoft,/sources,/cases"
PAGES="$PAGES,/cases/cma-microsoft-mistral-ai,/search?q=mistral,/login,/deals/no-such-deal"
rm -rf "$TRAINING" "${JAR%.jar}.aot" "${JAR%.jar}.jsa"
# never the database of the shell that runs this: the demo goes into the throwaway one only
unset SPRING_DATASOURCE_URL SPRING_DATASOURCE_USERNAME SPRING_DATASOURCE_PASSWORD SPRING_APPLICATION_JSON
status=0
# shellcheck disable=SC2086 # JAVA_OPTS holds several options
"$JAVA" $JAVA_OPTS "$MAKE" -jar "$JAR" --spring.profiles.active=demo --dealtrace.training.pages="$PAGES" \
    --server.port=0 --management.server.port=0 --dealtrace.embedded-postgres.data-directory="$TRAINING/postgres" \
    "$@" > "$TRAINING.log" 2>&1 || status=$?
# the application stops its PostgreSQL as it closes; should it have died first, stop the server here
if [ -f "$TRAINING/postgres/postmaster.pid" ]; then
    kill "$(head -1 "$TRAINING/postgres/postmaster.pid")" 2>/dev/null || true
    while [ -f "$TRAINING/postgres/postmaster.pid" ]; do sleep 0.2; done
fi
rm -rf "$TRAINING"
if [ "$status" -ne 0 ] || [ ! -s "$ARCHIVE" ]; then
    echo "No class archive was made (exit status $status); see $TRAINING.log" >&2
    exit 1
fi
echo "$USE"
