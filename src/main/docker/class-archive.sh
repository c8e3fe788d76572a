#!/bin/sh
# Makes a class-data archive (JDK AppCDS) for an extracted Dealtrace jar, so that a start maps the classes it needs
# from one file instead of finding, loading and verifying some 20,000 of them: about half the cold start.
#
#   java -Djarmode=tools -jar dealtrace.jar extract --destination DIR   (DIR/dealtrace.jar and DIR/lib/)
#   class-archive.sh DIR/dealtrace.jar [arguments for the training start]
#   java -XX:SharedArchiveFile=DIR/dealtrace.jsa -jar DIR/dealtrace.jar
#
# The training start stops as soon as its application context is ready, against a throwaway embedded PostgreSQL.
# The archive fits only the JVM that made it and these very jar files; a JVM that cannot use it says so and starts
# without it. Used by the Dockerfile and by bench/run, which measures the start it gives.
set -eu
JAR=$1
shift
ARCHIVE=${JAR%.jar}.jsa
TRAINING=$(dirname "$JAR")/training
rm -rf "$TRAINING" "$ARCHIVE"
status=0
java -XX:ArchiveClassesAtExit="$ARCHIVE" -Dspring.context.exit=onRefresh -jar "$JAR" \
    --dealtrace.embedded-postgres.data-directory="$TRAINING/postgres" "$@" > "$TRAINING.log" 2>&1 || status=$?
# the start ends when its context is ready, leaving its PostgreSQL running
if [ -f "$TRAINING/postgres/postmaster.pid" ]; then
    kill "$(head -1 "$TRAINING/postgres/postmaster.pid")" 2>/dev/null || true
    while [ -f "$TRAINING/postgres/postmaster.pid" ]; do sleep 0.2; done
fi
rm -rf "$TRAINING"
if [ "$status" -ne 0 ] || [ ! -s "$ARCHIVE" ]; then
    echo "No class-data archive was made (exit status $status); see $TRAINING.log" >&2
    exit 1
fi
echo "Class-data archive: $ARCHIVE"
