#!/usr/bin/env bash
# Verbatim's PDF text extraction vs poppler's pdftotext, side by side in one
# run, on real PDFs from Debian packages.
#
# Usage (as root, from a fresh clone; installs poppler-utils and qpdf with
# apt-get when missing):
#   bench/pdf/run.sh [--reps N] [--no-big] [CACHE_DIR]
#
#   --reps N   timed runs per file and tool, alternating (default 3; the median counts)
#   --no-big   leave out the 1,000-page PDF
#   CACHE_DIR  where the packages are downloaded and unpacked (default /tmp/verbatim-pdf-bench)
#
# Steps: apt-get download r-doc-pdf, texlive-metapost-doc and
# texlive-fonts-recommended-doc into CACHE_DIR and unpack them with dpkg -x;
# join the R manuals into one 1,000-page PDF with qpdf; build bench/pdf; run
# it on the files listed below. Prints a Markdown table (pages per second,
# peak RSS and word-level agreement of each tool) and writes it to
# bench/results/pdf.md and pdf.json.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
reps=3 big=1 cache=/tmp/verbatim-pdf-bench
while (($#)); do
	case "$1" in
	--reps) reps="$2" && shift ;;
	--no-big) big=0 ;;
	-h | --help) sed -n '2,20p' "${BASH_SOURCE[0]}" && exit 0 ;;
	-*) echo "run.sh: unknown flag $1" >&2 && exit 2 ;;
	*) cache="$1" ;;
	esac
	shift
done

need=()
command -v pdftotext >/dev/null || need+=(poppler-utils)
command -v qpdf >/dev/null || need+=(qpdf)
if ((${#need[@]})); then
	apt-get update -qq
	DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
fi

packages=(r-doc-pdf texlive-metapost-doc texlive-fonts-recommended-doc)
mkdir -p "$cache/debs" "$cache/root"
for p in "${packages[@]}"; do
	if ! compgen -G "$cache/debs/${p}_*.deb" >/dev/null; then
		(cd "$cache/debs" && apt-get download -q "$p" 2>&1 | grep -v unsandboxed || true)
	fi
	dpkg -x "$cache/debs/${p}"_*.deb "$cache/root"
done

r="$cache/root/usr/share/R/doc/manual"
tl="$cache/root/usr/share/doc/texlive-doc"
files=(
	# r-doc-pdf: Texinfo manuals, pdfTeX
	"$r/R-FAQ.pdf" "$r/R-admin.pdf" "$r/R-intro.pdf"
	# TeX Live documentation: pdfTeX, LuaTeX, Ghostscript and Acrobat Distiller output
	"$tl/metapost/base/mpintro.pdf" "$tl/metapost/base/mpgraph.pdf"
	"$tl/generic/mfpic/mfpic-doc.pdf" "$tl/latex/gmp/gmp.pdf"
	"$tl/metapost/featpost/doc/featpostmanual.pdf" "$tl/metapost/mcf2graph/mcf_manual.pdf"
	"$tl/metapost/drv/drv-guide.pdf" "$tl/metapost/mp3d/tb57roeg.pdf"
	"$tl/fonts/txfonts/txfontsdocA4.pdf"
)
if ((big)); then
	joined="$cache/r-manuals-1000.pdf"
	if [[ ! -s $joined ]]; then
		qpdf --empty --pages "$r/R-exts.pdf" "$r/R-intro.pdf" "$r/R-admin.pdf" "$r/R-ints.pdf" \
			"$r/R-lang.pdf" "$r/R-data.pdf" "$r/R-FAQ.pdf" "$r/R-exts.pdf" "$r/R-intro.pdf" \
			"$r/R-admin.pdf" -- "$cache/joined.pdf"
		qpdf --empty --pages "$cache/joined.pdf" 1-1000 -- "$joined"
		rm "$cache/joined.pdf"
	fi
	files+=("$joined")
fi

bin="$cache/pdfbench"
(cd "$repo" && go build -o "$bin" ./bench/pdf)
mkdir -p "$repo/bench/results"
echo "pdftotext: $(pdftotext -v 2>&1 | head -1); $(nproc) CPUs; load $(cut -d' ' -f1-3 /proc/loadavg)" >&2
"$bin" -reps "$reps" -keep "$cache/text" -md "$repo/bench/results/pdf.md" -json "$repo/bench/results/pdf.json" "${files[@]}"
