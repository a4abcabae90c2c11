#!/usr/bin/env bash
# Writes the Teams app package for one bot registration:
#   manifests/teams/package.sh <MicrosoftAppId> <out-dir>
# produces <out-dir>/manifest.json (the template with the bot's app id filled in) and
# <out-dir>/interview-coach-teams.zip (manifest.json + color.png + outline.png at the zip root), ready to sideload
# in Teams (Apps > Manage your apps > Upload an app) or to upload in the Teams Developer Portal.
# The Teams app id is the bot's app id too, so each bot registration gets its own app.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"

if [ "$#" -ne 2 ]; then
  echo "usage: $0 <MicrosoftAppId> <out-dir>" >&2
  exit 2
fi
app_id="$1"
out_dir="$2"
if ! [[ "$app_id" =~ ^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$ ]]; then
  echo "MicrosoftAppId must be the bot's Entra application (client) id, a GUID: got '$app_id'" >&2
  exit 2
fi
app_id="$(printf '%s' "$app_id" | tr 'A-F' 'a-f')"

mkdir -p "$out_dir"
out_dir="$(cd "$out_dir" && pwd)"
staging="$(mktemp -d)"
trap 'rm -rf "$staging"' EXIT

# The template's placeholder is the all-zero GUID (schema-valid), used for the app id and the bot id.
sed "s/00000000-0000-0000-0000-000000000000/$app_id/g" "$here/manifest.json" > "$staging/manifest.json"
cp "$here/color.png" "$here/outline.png" "$staging/"
cp "$staging/manifest.json" "$out_dir/manifest.json"

zip_path="$out_dir/interview-coach-teams.zip"
rm -f "$zip_path"
if command -v zip >/dev/null 2>&1; then
  (cd "$staging" && zip -q -X "$zip_path" manifest.json color.png outline.png)
else
  python3 - "$staging" "$zip_path" <<'PY'
import sys, zipfile, os
src, dst = sys.argv[1], sys.argv[2]
with zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as z:
    for name in ("manifest.json", "color.png", "outline.png"):
        z.write(os.path.join(src, name), name)
PY
fi
echo "$out_dir/manifest.json"
echo "$zip_path"
