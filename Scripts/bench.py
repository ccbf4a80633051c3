#!/usr/bin/env python3
"""Issues 6 and 15's measurements: `reader` beside `less` on the same files, in one run.

Builds the release products, generates compilations of the requested sizes with
`reader-bench generate` (checking that the same seed gives the same bytes) and a one-article
book (`--one-article`) and the same book on one line (`--one-line`), times the parser with `reader-bench parse`, and drives both programs
in a pseudo-terminal with ../shared/tools/termtime.py (needs `pip install pyte`): first
frame, key latency (median and p90 per key), search to a match at the end of the file, each
typed character of a search for a common word and for a miss (reader only: less searches on
Enter), `j` and `k` again with reader's memory on (it runs with `--no-history` otherwise, so
that every start opens at the top; here it gets a store of its own), and peak RSS (VmHWM). Prints one Markdown table; `--output FILE` also writes it to
FILE.

    Scripts/bench.py                        # 1, 10, 100 MB, the 60 MB book, the 24 MB line, the seed
    Scripts/bench.py --sizes 1000000 --repeat 1 --presses 5     # a quick look
    Scripts/bench.py --no-build --reader .build/release/reader  # reuse a build

A program that cannot be measured (reader before its TUI exists, parse before DocumentLoader
lands) gets "n/a" and the reason below the table; nothing is estimated.
"""

import argparse
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import unicodedata

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_TERMTIME = os.path.join(ROOT, "..", "shared", "tools", "termtime.py")
DEFAULT_SEED_FILE = os.path.join(ROOT, "..", "shared", "seeds", "000_358ab684c19e0137.txt")

# Reader's keys (ReaderUI Keymap): j k line, space b page, G end, g top, ] [ highlights,
# } { articles, a author picker, enter applies the first author, A clears the filter,
# H opens the highlights list and esc closes it, S enters and leaves the skim view.
READER_KEYS = "j k space b G g ] ] [ } } { a enter A H esc S S"
LESS_KEYS = "j k space b G g"
KEY_LABELS = {
    "enter": "Enter (apply author filter, after a)",
    "a": "a (open author picker)",
    "A": "A (clear author filter)",
    "H": "H (open highlights list)",
    "esc": "Esc (close highlights list)",
    "S": "S (skim view on, then off)",
}
# Typed search: a word found everywhere and one found nowhere.
TYPED_COMMON = "the"
TYPED_MISS = "zqxjv"
BOLD_MARKERS = re.compile(r"\*\*|__|</?(?:b|strong)>", re.IGNORECASE)


def parse_args():
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--dir", default="/tmp/reader-bench", help="where generated files go")
    p.add_argument("--sizes", default="1000000,10000000,100000000",
                   help="comma-separated target sizes in bytes")
    p.add_argument("--book-size", type=int, default=60000000,
                   help="bytes of the one-article book (0: none)")
    p.add_argument("--line-size", type=int, default=24000000,
                   help="bytes of the book written on one line (0: none)")
    p.add_argument("--seed", type=int, default=6, help="generator seed")
    p.add_argument("--seed-file", default=DEFAULT_SEED_FILE,
                   help="the real compilation, measured too when present")
    p.add_argument("--no-build", action="store_true", help="use the existing release build")
    p.add_argument("--static", action="store_true",
                   help="build with --static-swift-stdlib (into .build-static)")
    p.add_argument("--startup", action="store_true",
                   help="also compare process start-up of dynamic and static reader-bench")
    p.add_argument("--reader", help="reader binary (default: from the release build)")
    p.add_argument("--bench", help="reader-bench binary (default: from the release build)")
    p.add_argument("--less", default="less", help="less binary")
    p.add_argument("--termtime", default=DEFAULT_TERMTIME)
    p.add_argument("--size", default="200x60", help="terminal COLSxROWS")
    p.add_argument("--repeat", type=int, default=3, help="program starts per measurement")
    p.add_argument("--presses", type=int, default=10, help="times each key list is sent per run")
    p.add_argument("--parse-repeat", type=int, default=5, help="loads per parse measurement")
    p.add_argument("--reader-keys", default=READER_KEYS)
    p.add_argument("--less-keys", default=LESS_KEYS)
    p.add_argument("--query", help="search word, no spaces (default: one first seen near "
                   "the end of each file)")
    p.add_argument("--settle", default="30", help="termtime quiet window in ms")
    p.add_argument("--timeout", default="300", help="termtime hard limit per run, seconds")
    p.add_argument("--skip-less", action="store_true")
    p.add_argument("--skip-reader", action="store_true")
    p.add_argument("--output", help="also write the Markdown report here")
    return p.parse_args()


def log(message):
    sys.stderr.write("bench: %s\n" % message)
    sys.stderr.flush()


def run(argv, **kwargs):
    log("$ " + " ".join(argv))
    return subprocess.run(argv, cwd=ROOT, **kwargs)


# ------------------------------------------------------------------ build and files

def build(static):
    extra = ["--static-swift-stdlib", "--build-path", ".build-static"] if static else []
    for product in ("reader-bench", "reader"):
        result = run(["swift", "build", "-c", "release", "--product", product] + extra)
        if result.returncode != 0:
            sys.exit("bench: release build of %s failed" % product)
    path = run(["swift", "build", "-c", "release", "--show-bin-path"] + extra,
               capture_output=True, text=True).stdout.strip()
    return path


def generate(bench, size, seed, directory, one_article=False, one_line=False):
    kind = "line" if one_line else "book" if one_article else "compilation"
    path = os.path.join(directory, "%s-%d-seed%d.txt" % (kind, size, seed))
    check = path + ".again"
    written = None
    extra = (["--one-article"] if one_article or one_line else []) + (
        ["--one-line"] if one_line else [])
    for target in (path, check):
        result = run([bench, "generate", "--bytes", str(size), "--seed", str(seed)] + extra
                     + [target], capture_output=True, text=True)
        if result.returncode != 0:
            sys.exit("bench: generate failed: " + result.stderr.strip())
        log(result.stdout.strip())
        m = re.search(r"(\d+) articles, (\d+) highlights", result.stdout)
        written = {"articles": int(m.group(1)), "highlights": int(m.group(2))} if m else None
    same = run(["cmp", "-s", path, check]).returncode == 0
    os.remove(check)
    if not same:
        sys.exit("bench: the generator is not deterministic: two runs with seed %d differ" % seed)
    return path, written


def first_line_marker(path, strip_bold):
    """A prefix of the file's first non-blank line: both programs show it on the first screen."""
    with open(path, "rb") as f:
        for raw in f:
            line = raw.decode("utf-8", "replace").strip().lstrip("\ufeff")
            if line:
                if strip_bold:
                    line = BOLD_MARKERS.sub("", line)
                return line[:20].strip()
    return None


# ------------------------------------------------------------------ measurements

def parse_benchmark(bench, path, repeat):
    result = run([bench, "parse", path, "--repeat", str(repeat), "--json"],
                 capture_output=True, text=True)
    if result.returncode != 0:
        lines = [l.strip() for l in result.stderr.splitlines() if l.strip()]
        return None, (lines or ["exit %d" % result.returncode])[0]
    return json.loads(result.stdout.strip().splitlines()[-1]), None


def search_word(path, cols):
    """A word first seen about 95% into the file, found nowhere before 90%: searching for it
    from the top makes a program cross almost the whole file before the first match. The word
    has no spaces (reader's wrapping never splits it), is unique ignoring case (a search may
    ignore case), and is picked so that less, which cuts long lines at exactly `cols` columns,
    does not split it across two screen rows either: the search is over when the word is on
    the screen."""
    with open(path, "rb") as f:
        raw = f.read()
    data = raw.lower()
    start = raw.find(b"\n", int(len(raw) * 0.95)) + 1
    for line in raw[start:].split(b"\n"):
        text = line.decode("utf-8", "replace")
        for m in re.finditer(r"[A-Za-z0-9][A-Za-z0-9,]{4,}[A-Za-z0-9]", text):
            word = m.group(0)
            if data.find(word.lower().encode()) < len(data) * 0.9:
                continue
            column = display_width(text[:m.start()]) % cols
            if column + len(word) <= cols:
                return word
    return None


def display_width(text):
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def termtime(args, argv, marker, keys, presses, repeat, expect=None, env=()):
    cmd = [sys.executable, args.termtime, "--size", args.size, "--ready", marker,
           "--settle", args.settle, "--keys", keys, "-n", str(presses), "--repeat", str(repeat),
           "--key-timeout", args.timeout if expect else "2"]
    cmd += ["--key-expect", expect] if expect else []
    for assignment in env:
        cmd += ["--env", assignment]
    cmd += ["--timeout", args.timeout, "--env", "LESSHISTFILE=-", "--env", "LESS=",
            "--env", "LESSOPEN=", "--env", "LESSCLOSE=", "--json", "--"] + argv
    result = run(cmd, capture_output=True, text=True)
    try:
        report = json.loads(result.stdout)
    except ValueError:
        return None, (result.stderr.strip() or "termtime printed no JSON")[-300:]
    summary = report["summary"]
    errors = [r["error"] for r in report["runs"] if r.get("error")]
    if errors and summary["failed_runs"] == summary["runs"]:
        screen = report["runs"][-1].get("screen_at_error") or []
        shown = " / ".join(line for line in screen if line.strip())[:200]
        return None, "%s; screen: %s" % (errors[0], shown or "(empty)")
    if errors:
        summary["note"] = "%d of %d runs failed: %s" % (len(errors), len(report["runs"]),
                                                        errors[0])
    return summary, None


def measure_program(args, name, binary, path, keys, query):
    """First frame + key latency + RSS in one set of runs, then search in another."""
    marker = first_line_marker(path, strip_bold=(name == "reader"))
    out = {"name": name}
    # Every start from the top: with its memory on, reader would open the next run where the
    # last one left off, away from the marker.
    argv = [binary, "--no-history", path] if name == "reader" else [binary, path]
    main, error = termtime(args, argv, marker, keys, args.presses, args.repeat)
    if main is None:
        out["error"] = error
        return out
    out["main"] = main
    # One token: the prompt, the query and Enter are written at once, and the press lasts
    # until the match is on the screen (and the output has gone quiet), whether the program
    # searches as the query is typed or on Enter, and however long it stays silent meanwhile.
    search_keys = "/%s\\r" % query
    search, error = termtime(args, argv, marker, search_keys, 1, args.repeat, expect=query)
    out["search_token"] = search_keys
    if search is None:
        out["search_error"] = error
    else:
        out["search"] = search
    if name == "reader":
        # As `reader FILE` runs by default, with its memory on (a store of its own, so the
        # user's is untouched): `j` and `k` alternate, so each start quits at the top and the
        # next opens there, on the marker.
        store = tempfile.mkdtemp(prefix="reader-bench-store-")
        try:
            remembering, error = termtime(
                args, [binary, path], marker, "j k", args.presses, args.repeat,
                env=["XDG_DATA_HOME=" + store])
        finally:
            shutil.rmtree(store, ignore_errors=True)
        if remembering is None:
            out["memory_error"] = error
        else:
            out["memory"] = remembering
        # Each character its own press, as a reader types: the prompt, the letters, then Esc.
        for kind, word in (("typed", TYPED_COMMON), ("typed_miss", TYPED_MISS)):
            keys = " ".join(["/"] + list(word) + ["esc"])
            typed, error = termtime(args, argv, marker, keys, args.presses, args.repeat)
            out[kind + "_word"] = word
            if typed is None:
                out[kind + "_error"] = error
            else:
                out[kind] = typed
    return out


def startup(argv, runs=300):
    """(min, median) wall ms of running `argv` to completion, spawn overhead included."""
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        subprocess.run(argv, stdout=subprocess.DEVNULL, check=True)
        times.append((time.perf_counter() - t0) * 1e3)
    return min(times), statistics.median(times)


# ------------------------------------------------------------------ report

def ms(x):
    return "n/a" if x is None else "%.2f ms" % x


def mib(kb):
    return "n/a" if kb is None else "%.1f MiB" % (kb / 1024.0)


def ratio(reader, less):
    if reader is None or less is None or less <= 0:
        return ""
    return "%.2f×" % (reader / less)


def key_cell(summary, token):
    if summary is None:
        return "n/a", None
    k = summary["keys"].get(token)
    if k is None:
        return "—", None
    if k["median_ms"] is None:
        return "no response", None
    cell = "%.2f / %.2f ms" % (k["median_ms"], k["p90_ms"])
    if k.get("no_response"):
        cell += " (%d no response)" % k["no_response"]
    return cell, k["median_ms"]


def machine():
    cpu = "unknown"
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    mem = "unknown"
    try:
        with open("/proc/meminfo") as f:
            kb = int(f.readline().split()[1])
            mem = "%.1f GiB" % (kb / 1048576.0)
    except (OSError, ValueError, IndexError):
        pass
    swift = subprocess.run(["swift", "--version"], capture_output=True, text=True)
    swift_line = (swift.stdout + swift.stderr).strip().splitlines()[0] if swift.returncode == 0 else "?"
    less = subprocess.run(["less", "--version"], capture_output=True, text=True).stdout
    return [
        "- CPU: %s, %d cores (nproc)" % (cpu, os.cpu_count() or 0),
        "- memory: %s" % mem,
        "- OS: %s" % platform.platform(),
        "- %s" % swift_line,
        "- %s" % (less.splitlines()[0] if less else "less: not found"),
        "- load average at start: %s" % " ".join("%.2f" % x for x in os.getloadavg()),
    ]


def report(args, rows, notes, startup_lines):
    lines = ["# reader vs less — %s" % time.strftime("%Y-%m-%d %H:%M"), ""]
    lines += machine()
    lines += ["- terminal: %s, settle %s ms, %d starts per measurement, each key list sent %d "
              "times per start" % (args.size, args.settle, args.repeat, args.presses), ""]
    lines += ["Key cells are median / p90. Ratios are reader ÷ less (below 1 is faster).", ""]
    lines += ["| file | metric | target | less | reader | reader/less |",
              "| --- | --- | --- | --- | --- | --- |"]
    for row in rows:
        lines.append("| %s |" % " | ".join(row))
    if startup_lines:
        lines += [""] + startup_lines
    if notes:
        lines += ["", "Notes:"] + ["- " + n for n in notes]
    return "\n".join(lines) + "\n"


def rows_for_file(args, label, size, parse, less, reader, query):
    rows = []
    mb = size / 1e6
    # Parser.
    if parse:
        rows.append([label, "parse MB/s (best / median)", "≥ 400 MB/s", "—",
                     "%s / %s" % (parse["best_mb_s"], parse["median_mb_s"]), ""])
        rows.append([label, "parse: found", "", "—",
                     "%d articles, %d highlights, %d quotes" % (
                         parse["articles"], parse["highlights"], parse["quotes"]), ""])
        rows.append([label, "parse peak RSS: one load / after %d loads" % parse["runs"],
                     "≤ %.0f MB" % (mb + 64), "—",
                     "%s / %s" % (mib(parse["peak_rss_bytes"] / 1024.0),
                                  mib(parse["peak_rss_all_runs_bytes"] / 1024.0)), ""])
    else:
        rows.append([label, "parse MB/s", "≥ 400 MB/s", "—", "n/a", ""])
    # First frame.
    lm = less.get("main") if less else None
    rm = reader.get("main") if reader else None
    target = "≤ 1.2× less" if label == "seed" else ("≤ 20 ms" if size >= 50_000_000 else "")
    lr = lm["ready_ms"] if lm else None
    rr = rm["ready_ms"] if rm else None
    rows.append([label, "first frame (median)", target, ms(lr), ms(rr), ratio(rr, lr)])
    # Keys, in the order given, each once.
    tokens = list(dict.fromkeys(args.reader_keys.split() + args.less_keys.split()))
    for tok in tokens:
        lcell, lmed = key_cell(lm, tok) if less else ("n/a", None)
        rcell, rmed = key_cell(rm, tok) if reader else ("n/a", None)
        if lm is None and less:
            lcell = "n/a"
        if rm is None:
            rcell = "n/a"
        target = "" if tok in ("a", "A", "esc") else "≤ 0.5 / ≤ 1 ms"
        rows.append([label, "key %s" % KEY_LABELS.get(tok, tok), target, lcell, rcell,
                     ratio(rmed, lmed)])
    # The same keys with reader's memory on, as it runs by default.
    remembering = reader.get("memory") if reader else None
    if reader:
        for tok in ("j", "k"):
            cell = key_cell(remembering, tok)[0] if remembering else "n/a"
            rows.append([label, "key %s, memory on" % tok, "≤ 0.5 / ≤ 1 ms", "—", cell, ""])
    # Search.
    ls = less.get("search") if less else None
    rs = reader.get("search") if reader else None
    token = (less or reader or {}).get("search_token")
    le, lemed = key_cell(ls, token) if ls else ("n/a", None)
    re_, remed = key_cell(rs, token) if rs else ("n/a", None)
    # The seed's own words stay out of reports: the project must not quote it.
    shown = "a word first seen at ≥ 90%" if label == "seed" else "“%s”" % query
    rows.append([label, "search %s, from the top" % shown, "≤ 50 ms", le, re_,
                 ratio(remed, lemed)])
    # Typed search, reader only: every letter's median / p90, and the slowest letter's.
    for kind in ("typed", "typed_miss"):
        summary = reader.get(kind) if reader else None
        word = (reader or {}).get(kind + "_word", "")
        what = "a miss" if kind == "typed_miss" else "a common word"
        if summary is None:
            cell = "n/a"
        else:
            cells = ["%s %s" % (letter, key_cell(summary, letter)[0]) for letter in word]
            p90s = [summary["keys"][l]["p90_ms"] for l in word
                    if summary["keys"].get(l) and summary["keys"][l]["p90_ms"] is not None]
            cell = "; ".join(cells) + ("; worst p90 %.2f ms" % max(p90s) if p90s else "")
        rows.append([label, "typed search, %s (“%s”), per character" % (what, word),
                     "≤ 16 ms", "—", cell, ""])
    # Memory.
    lk = lm["vmhwm_kb"] if lm else None
    rk = rm["vmhwm_kb"] if rm else None
    rows.append([label, "peak RSS (VmHWM, after the keys)", "≤ %.0f MB" % (mb + 48), mib(lk),
                 mib(rk), ratio(rk, lk)])
    return rows


def main():
    args = parse_args()
    os.makedirs(args.dir, exist_ok=True)
    bin_path = None
    if not args.no_build:
        bin_path = build(args.static)
    if bin_path is None:
        bin_path = os.path.join(ROOT, ".build-static" if args.static else ".build", "release")
    bench = args.bench or os.path.join(bin_path, "reader-bench")
    reader = args.reader or os.path.join(bin_path, "reader")
    notes = []
    if not os.path.exists(args.termtime):
        sys.exit("bench: termtime.py not found at %s" % args.termtime)

    files = []
    expected = {}  # what the generator says it wrote, per label
    if os.path.exists(args.seed_file):
        files.append(("seed", args.seed_file, os.path.getsize(args.seed_file)))
    else:
        notes.append("seed file not present (%s): no seed row" % args.seed_file)
    for size in (int(s) for s in args.sizes.split(",") if s):
        path, written = generate(bench, size, args.seed, args.dir)
        label = "%g MB" % (size / 1e6)
        files.append((label, path, os.path.getsize(path)))
        expected[label] = written
    if args.book_size > 0:
        path, written = generate(bench, args.book_size, args.seed, args.dir, one_article=True)
        label = "%g MB book" % (args.book_size / 1e6)
        files.append((label, path, os.path.getsize(path)))
        expected[label] = written
    if args.line_size > 0:
        path, written = generate(bench, args.line_size, args.seed, args.dir, one_line=True)
        label = "%g MB line" % (args.line_size / 1e6)
        files.append((label, path, os.path.getsize(path)))
        expected[label] = written
    notes.append("generated files: seed %d, checked byte-identical across two runs; %s" % (
        args.seed, ", ".join("%s = %d bytes" % (label, size) for label, _, size in files)))

    rows = []
    for label, path, size in files:
        query = args.query or search_word(path, int(args.size.split("x")[0])) or "Leave"
        parse, parse_error = parse_benchmark(bench, path, args.parse_repeat)
        if parse_error:
            notes.append("%s: parse not measured: %s" % (label, parse_error))
        elif expected.get(label):
            wrote = expected[label]
            found = {k: parse[k] for k in wrote}
            if found != wrote:
                notes.append("%s: MISMATCH: the generator wrote %s, the parser found %s" % (
                    label, wrote, found))
            else:
                notes.append("%s: the parser found what the generator wrote: %d articles, %d "
                             "highlights" % (label, wrote["articles"], wrote["highlights"]))
        less = None
        if not args.skip_less:
            less = measure_program(args, "less", args.less, path, args.less_keys, query)
            for key in ("error", "search_error"):
                if less.get(key):
                    notes.append("%s: less %s: %s" % (label, key, less[key]))
        rd = None
        if not args.skip_reader:
            if not os.path.exists(reader):
                notes.append("%s: reader not measured: no binary at %s" % (label, reader))
            else:
                rd = measure_program(args, "reader", reader, path, args.reader_keys, query)
                for key in ("error", "search_error", "memory_error", "typed_error",
                            "typed_miss_error"):
                    if rd.get(key):
                        notes.append("%s: reader not measured (%s): %s" % (label, key, rd[key]))
        for who in (less, rd):
            if who and who.get("main", {}).get("note"):
                notes.append("%s: %s: %s" % (label, who["name"], who["main"]["note"]))
        rows += rows_for_file(args, label, size, parse, less, rd, query)

    startup_lines = []
    if args.startup:
        dynamic = os.path.join(ROOT, ".build", "release", "reader-bench")
        static = os.path.join(ROOT, ".build-static", "release", "reader-bench")
        if not os.path.exists(dynamic):
            build(False)
        if not os.path.exists(static):
            build(True)
        startup_lines = [
            "Process start-up, 300 runs each, min / median wall time (Python spawn included):",
            ""]
        for name, argv in (
                ("`/bin/true` (spawn floor)", ["/bin/true"]),
                ("`less --version`", [args.less, "--version"]),
                ("`reader-bench generate --bytes 1 /dev/null`, dynamic Swift runtime",
                 [dynamic, "generate", "--bytes", "1", "/dev/null"]),
                ("the same, `--static-swift-stdlib`",
                 [static, "generate", "--bytes", "1", "/dev/null"])):
            low, middle = startup(argv)
            startup_lines.append("- %s: %.2f / %.2f ms" % (name, low, middle))

    text = report(args, rows, notes, startup_lines)
    sys.stdout.write(text)
    if args.output:
        with open(args.output, "w") as f:
            f.write(text)


if __name__ == "__main__":
    main()
