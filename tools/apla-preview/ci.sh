#!/usr/bin/env bash
# Renders every audio sample AudioSamplesTest wrote (target/apla-samples, English and Spanish) and checks its
# timeline: each hold's time between its chimes within 0.3 s of the cue's hold, its "halfway" within 0.3 s of the
# middle the cue puts it at, the total within APL for Audio's 240 s, and the pauses and holds within 0.3 s of the
# part's guided seconds (as routine-report prints them) and its settling pauses.
set -euo pipefail
cd "$(dirname "$0")/../.."
if ! command -v espeak-ng >/dev/null || ! command -v sox >/dev/null; then
  SUDO=$([ "$(id -u)" = 0 ] || echo sudo)
  $SUDO apt-get update -qq && $SUDO apt-get install -y -qq espeak-ng sox
fi
[ -d target/apla-samples ] || mvn -B -q test -Dtest=AudioSamplesTest
OUT="${APLA_PREVIEW_OUT:-target/apla-preview}"
mkdir -p "$OUT"
python3 - "$OUT" <<'PY'
import glob, json, os, subprocess, sys
out = sys.argv[1]
failures = []
for path in sorted(glob.glob("target/apla-samples/*.json")):
    sample = json.load(open(path))
    name = os.path.basename(path)[:-5]
    directive = os.path.join(out, name + ".directive.json")
    json.dump(sample["directive"], open(directive, "w"))
    timeline = os.path.join(out, name + ".timeline.json")
    subprocess.run(["python3", "tools/apla-preview/apla-preview", directive, os.path.join(out, name + ".wav"),
                    "--voice", sample["voice"], "--timeline", timeline], check=True, stdout=subprocess.DEVNULL)
    result = json.load(open(timeline))
    heard = [h["seconds"] for h in result["holds"]]
    expected_paced = sample["guided"] + sample["settle"]
    print("%-20s holds %s (cues %s)  halfway at %s  paced %.2f s (guided %d + settling %.1f)  total %.2f s"
          % (name, heard, sample["holds"], [h.get("said") for h in result["holds"]], result["paced"],
             sample["guided"], sample["settle"], result["total"]))
    if len(heard) != len(sample["holds"]) or any(abs(h - c) > 0.3 for h, c in zip(heard, sample["holds"])):
        failures.append("%s: holds %s, cues %s" % (name, heard, sample["holds"]))
    said = [h.get("said", []) for h in result["holds"]]
    expected_said = [[] if half is None else [half] for half in sample["halfways"]]
    if len(said) != len(expected_said) or any(len(s) != len(e) or any(abs(a - b) > 0.3 for a, b in zip(s, e))
                                              for s, e in zip(said, expected_said)):
        failures.append("%s: words within the holds at %s s, halfway cues at %s s" % (name, said, expected_said))
    if result["total"] > 240:
        failures.append("%s: %.1f s, over 240 s" % (name, result["total"]))
    if abs(result["paced"] - expected_paced) > 0.3:
        failures.append("%s: pauses and holds %.2f s, guided and settling %.2f s" % (name, result["paced"], expected_paced))
# Parameters bound as the device library binds them: "payload" is every data source, another name its own one only
samples = sorted(glob.glob("target/apla-samples/*.json"))
if samples:
    directive = json.load(open(samples[0]))["directive"]
    for data, plays in (("${partAudio.partAudio.clips}", False), ("${partAudio.clips}", True)):
        bound = json.loads(json.dumps(directive))
        bound["document"]["mainTemplate"]["parameters"] = ["partAudio"]
        bound["document"]["mainTemplate"]["item"]["data"] = data
        path = os.path.join(out, "binding.directive.json")
        json.dump(bound, open(path, "w"))
        timeline = os.path.join(out, "binding.timeline.json")
        subprocess.run(["python3", "tools/apla-preview/apla-preview", path, os.path.join(out, "binding.wav"),
                        "--timeline", timeline], check=True, stdout=subprocess.DEVNULL)
        said = [e for e in json.load(open(timeline))["events"] if "speech" in e]
        if bool(said) != plays:
            failures.append("a parameter named partAudio reading %s %s on a device, but the preview %s"
                            % (data, "plays" if plays else "is silent", "played it" if said else "was silent"))
if not glob.glob("target/apla-samples/*.json"):
    failures.append("no samples in target/apla-samples")
if failures:
    print("\n".join(["FAILED:"] + failures))
    sys.exit(1)
print("apla-preview: every hold, halfway, total and guided time as the cues say, in English and Spanish")
PY
