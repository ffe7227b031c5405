#!/usr/bin/env bash
# Build the "perlgloss" QA corpus: the Perl Glossary (perlglossary, a
# glossary of technical terms used in the Perl documentation, derived from
# the glossary of Programming Perl, 4th edition; one =item per term, in POD
# markup with B<> for terms defined elsewhere in the glossary, C<> for code,
# X<> for index entries and L<> for links) from the Debian package perl-doc,
# copied as it is.
#
# Usage: bench/qa/corpora/perlgloss.sh OUTDIR
#
# OUTDIR gets the one file perlglossary.pod (the package's
# /usr/share/perl/VERSION/pod/perlglossary.pod, about 135 KB), byte for
# byte; the rest of the Perl manual is left out. Idempotent and
# deterministic: OUTDIR is rebuilt from scratch.
set -euo pipefail

pkg=perl-doc
source "$(dirname "${BASH_SOURCE[0]}")/../unpack.sh"
corpus_out "$@"
unpack "$pkg"
src=("$tmp"/root/usr/share/perl/*/pod/perlglossary.pod)
if ((${#src[@]} != 1)) || [[ ! -f "${src[0]}" ]]; then
	echo "perlgloss.sh: want one perlglossary.pod in $pkg, got: ${src[*]}" >&2
	exit 1
fi

stage_open
cp --preserve=timestamps "${src[0]}" "$stage/perlglossary.pod"
stage_publish perlgloss
