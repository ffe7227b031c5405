# Sourced by the corpus scripts of bench/qa: corpus_out OUTDIR checks the
# script's one argument and sets out to it (no trailing slash); unpack PKG downloads the Debian
# package PKG with apt-get download (running apt-get update only when the
# download fails) into a temporary folder removed on exit, and extracts it
# with dpkg -x; the package's files are then under "$tmp/root".
unpack() {
	tmp="$(mktemp -d)"
	trap 'rm -rf "$tmp"' EXIT
	(
		cd "$tmp"
		apt-get download "$1" >/dev/null 2>&1 ||
			{ apt-get update >&2 && apt-get download "$1" >/dev/null; }
	)
	dpkg -x "$(ls "$tmp"/"$1"_*.deb)" "$tmp/root"
}

corpus_out() {
	if (($# != 1)); then
		echo "usage: $0 OUTDIR" >&2
		exit 2
	fi
	out="${1%/}"
}

# stage_open makes an empty staging folder "$stage" beside OUTDIR;
# stage_publish NAME makes its files read-only-for-others (644), replaces
# OUTDIR with it in one rename and reports NAME's file count and size, so a
# failed build never leaves a half-built corpus behind.
stage_open() {
	stage="$out.tmp"
	rm -rf "$stage"
	mkdir -p "$stage"
}

stage_publish() {
	find "$stage" -type f -exec chmod 644 {} +
	rm -rf "$out"
	mv "$stage" "$out"
	echo "$1: $(find "$out" -type f | wc -l) files in $out ($(du -sh --apparent-size "$out" | cut -f1))" >&2
}
