#!/usr/bin/env bash
# Read-aloud files for the kiosk's Listen control (see app/src/speech.rs), made after the
# server is built:
#   1. recordings a service dropped into locales/{lang}/audio/ ({message-id}.mp3, or
#      {message-id}.{n}.mp3 for the n-th fixed piece of a message with a name or a date in
#      it) are copied in under a name by content; a recording always wins;
#   2. every other fixed piece of the kiosk's words, in each language Debian's espeak-ng
#      speaks, is spoken by espeak-ng and encoded by lame as a small mono MP3 (24 kbit/s,
#      16 kHz: MP3 plays in every browser a family's phone has).
# Each file is named by a hash of what made it, so a rebuild makes only what changed, and a
# browser may keep a file for a year (served from /pkg like the script). The server reads
# target/site/audio.txt to find them. Nothing is fetched by a page until Listen is pressed.
set -euo pipefail
cd "$(dirname "$0")/.."
site=target/site
out=$site/pkg/audio
bin=target/release/tiptoes
mkdir -p "$out"
index=$(mktemp "$site/.audio.XXXXXX")
trap 'rm -f "$index" "$index.todo" "$index.list"' EXIT

hash() { sha256sum | cut -c1-16; }

# 1. Recordings.
shopt -s nullglob
for f in locales/*/audio/*.mp3; do
  lang=$(basename "$(dirname "$(dirname "$f")")")
  key=$(basename "$f" .mp3)
  name="$lang-rec.$(hash < "$f").mp3"
  [ -s "$out/$name" ] || cp "$f" "$out/$name"
  printf 'recorded\t%s\t%s\t/pkg/audio/%s\n' "$lang" "$key" "$name" >> "$index"
done

# 2. Generated.
if command -v espeak-ng >/dev/null && command -v lame >/dev/null; then
  # What shapes a generated file: change it and every file is made again.
  settings="espeak-ng $(espeak-ng --version | awk '{print $2}') -s 140; lame -m m -b 24 --resample 16"
  # The list first, into a file: a failing `tiptoes speech-list` stops the build here.
  "$bin" speech-list > "$index.list"
  : > "$index.todo"
  while IFS=$'\t' read -r lang voice text; do
    name="$lang.$(printf '%s\t%s\t%s' "$settings" "$voice" "$text" | hash).mp3"
    [ -s "$out/$name" ] || printf '%s\0%s\0%s\0' "$voice" "$text" "$out/$name" >> "$index.todo"
    printf 'generated\t%s\t%s\t/pkg/audio/%s\n' "$lang" "$text" "$name" >> "$index"
  done < "$index.list"
  speak() {
    # Written aside and renamed in only if both steps worked: a file is whole or absent (its
    # name is its words' hash, so a broken one would never be made again).
    set -o pipefail
    if printf '%s' "$2" | espeak-ng -v "$1" -s 140 --stdout | lame --quiet -m m -b 24 --resample 16 - "$3.part"; then
      mv "$3.part" "$3"
    else
      rm -f "$3.part"
      echo "read-aloud: could not make $3 ($1)" >&2
      return 1
    fi
  }
  export -f speak
  made=$(tr -cd '\0' < "$index.todo" | wc -c)
  xargs -0 -r -n 3 -P "${CARGO_BUILD_JOBS:-2}" bash -c 'speak "$@"' _ < "$index.todo"
  echo "    read-aloud: $((made / 3)) new files made by espeak-ng"
else
  echo "    read-aloud: espeak-ng or lame missing (.ci/tools.sh installs them): the device's voice only" >&2
fi

# This build's files stay, and the last build's (a page sent just before a restart); older go.
{ cat "$index"; cat "$site/audio.txt" 2>/dev/null || true; } | cut -f4 | sed 's#^/pkg/audio/##' | sort -u > "$index.todo"
list=$(realpath "$index.todo")
(cd "$out" && ls | sort | comm -23 - "$list" | xargs -r rm -f)
mv "$index" "$site/audio.txt"
trap - EXIT
rm -f "$index.todo" "$index.list"
