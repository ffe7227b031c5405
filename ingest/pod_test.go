package ingest

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/verbatim-rag/verbatim/corpus"
)

// glossaryPOD is written as perlglossary.pod (perl-doc) writes its
// entries: a term per =item, index entries (X<>) inside the bold words
// (B<>) that name other entries, code in C<>.
const glossaryPOD = `
=encoding utf8

=head1 NAME

perlglossary - Perl Glossary

=head1 DESCRIPTION

=head2 A

=over 4

=item accessor methods

A B<X<accessor methods, defined>X<methods, accessor>method> used to
indirectly inspect or update an B<object>’s state (its B<instance
variables>).

=item B<actual arguments>

The B<X<actual arguments>X<arguments, actual>scalar values> that you supply
to a B<function> or B<subroutine> when you call it. For instance, when you
call C<power("puff")>, the string C<"puff"> is the actual argument.

=back

=head2 B

=over 4

=item bit shift

A X<left shift (E<lt>E<lt>) bit operator>shift of bits: C<E<lt>E<lt>> and C<<< >> >>>.

=back

=cut
`

func TestExtractPODGlossary(t *testing.T) {
	format, ex, err := Extract("perlglossary.pod", []byte(glossaryPOD))
	require.NoError(t, err)
	extractionInvariants(t, []byte(glossaryPOD), ex)
	assert.Equal(t, corpus.POD, format)
	assert.Equal(t, "perlglossary - Perl Glossary", ex.Title, "the NAME section's line")
	assert.Equal(t, "NAME\n\nperlglossary - Perl Glossary\n\nDESCRIPTION\n\nA\n\n"+
		"accessor methods\nA method used to\nindirectly inspect or update an object’s state (its instance\nvariables).\n\n"+
		"actual arguments\nThe scalar values that you supply\nto a function or subroutine when you call it. For instance, when you\n"+
		"call power(\"puff\"), the string \"puff\" is the actual argument.\n\n"+
		"B\n\nbit shift\nA shift of bits: << and >>.", ex.Text)
	assert.Equal(t, []string{"#NAME", "#DESCRIPTION", "##A", "###accessor methods", "###actual arguments", "##B", "###bit shift"}, sectionTitles(ex),
		"an item's term is a section under its heading, as L</term> links to it")
	for _, s := range ex.Sections {
		assert.True(t, strings.HasPrefix(ex.Text[s.Start:], s.Title), "section %q starts at its text", s.Title)
	}

	// A citation of the definition's words points at their bytes and lines.
	i := strings.Index(ex.Text, "indirectly inspect")
	sp := ex.Map.Locate(ex.Text, i, i+len("indirectly inspect or update"))
	assert.Equal(t, "indirectly inspect or update", glossaryPOD[sp.SrcStart:sp.SrcEnd])
	assert.Equal(t, 17, sp.LineStart)
	i = strings.Index(ex.Text, "A method")
	sp = ex.Map.Locate(ex.Text, i, i+len("A method used"))
	assert.Equal(t, "A B<X<accessor methods, defined>X<methods, accessor>method> used", glossaryPOD[sp.SrcStart:sp.SrcEnd],
		"a span over removed markup covers the markup too")

	// E<lt> is a character of its own, mapped to the code that stands for it.
	i = strings.Index(ex.Text, "<<")
	sp = ex.Map.Locate(ex.Text, i, i+1)
	assert.Equal(t, "E<lt>", glossaryPOD[sp.SrcStart:sp.SrcEnd])
}

// TestExtractPODFixture: the manual page of testdata/formats, as a
// Debian package ships one (NAME, SYNOPSIS, options as items, exit
// statuses as Z<>-guarded numbers).
func TestExtractPODFixture(t *testing.T) {
	data := readTestdata(t, "formats/lampcheck.pod")
	format, ex, err := Extract("lampcheck.pod", data)
	require.NoError(t, err)
	extractionInvariants(t, data, ex)
	assert.Equal(t, corpus.POD, format)
	assert.Equal(t, "lampcheck - compare the flashes of a Merrow light with its published character", ex.Title)
	assert.Equal(t, []string{"#NAME", "#SYNOPSIS", "#DESCRIPTION", "#OPTIONS", "##-light name", "#TOLERANCE", "#EXIT STATUS", "##0", "##1", "##2", "#SEE ALSO"}, sectionTitles(ex),
		"Z<>0 is the term 0, not a numbered item")
	assert.Contains(t, ex.Text, "\n  lampcheck -light \"Carrick Head\" 0.5 2.0 0.5 2.0 0.5 9.5\n", "the synopsis is verbatim")
	assert.Contains(t, ex.Text, "-light name\nThe light whose period is checked")
	assert.Contains(t, ex.Text, "(see \"Faults\" in standing-orders)")
	assert.Contains(t, ex.Text, "(<seconds> must be a decimal number such as 0.5)")
	assert.Equal(t, []string{":3-9", ":11-16", ":18-25", ":29-33", ":35-56"}, cites(t, ex))
}

func TestExtractPODMarkup(t *testing.T) {
	tests := []podText{
		{"bold italic code file space", "=pod\n\nB<bold> I<italic> C<code> F</etc/passwd> S<no break>", "bold italic code /etc/passwd no break"},
		{"nested", "=pod\n\nB<I<x>> and C<B<y>z>", "x and yz"},
		{"double angles", "=pod\n\nC<< $a <=> $b >> sorts", "$a <=> $b sorts"},
		{"triple angles keep a double", "=pod\n\nC<<<  a >> b  >>> and C<< >>", "a >> b and"},
		{"angles without space are one", "=pod\n\nC<<x>> y", "<x> y"},
		{"code in double angles", "=pod\n\nB<< I<x> > y >>", "x > y"},
		{"entities", "=pod\n\nE<lt>E<gt> E<verbar> E<sol> E<eacute> E<0x263A> E<233> E<075> E<quot>", "<> | / é ☺ é = \""},
		{"bad entities stay", "=pod\n\nE<nope> E<0xZZ> E<0> E<> E<a;b>", "E<nope> E<0xZZ> E<0> E<> E<a;b>"},
		{"index entries and zero width vanish", "=pod\n\nZ<>=item X<item> is X<a, b>text", "=item  is text"},
		{"links", "=pod\n\nL<perlfunc> L<the loops|perlsyn/\"For Loops\"> L<perlsyn/\"For Loops\"> L</\"SEE ALSO\"> L</DESCRIPTION> L<\"NAME\">",
			"perlfunc the loops \"For Loops\" in perlsyn \"SEE ALSO\" \"DESCRIPTION\" \"NAME\""},
		{"link to a section of a page in codes", "=pod\n\nL<C<open>|perlfunc/open> L<perlfunc/C<open>>", "open \"open\" in perlfunc"},
		{"urls", "=pod\n\nL<http://unicode.org/glossary/> L<the FAQ|https://perl.org/faq/a|b>", "http://unicode.org/glossary/ the FAQ"},
		{"a section named with spaces", "=pod\n\nL<Formatting Codes>", "\"Formatting Codes\""},
		{"verbatim paragraphs stay as written", "=pod\n\nRun:\n\n    my $x = B<1>;\n\tprint E<lt>;\n\nDone.", "Run:\n\n    my $x = B<1>;\n\tprint E<lt>;\n\nDone."},
		{"bullets start their line", "=over\n\n=item *\n\nFirst I<point>.\n\n=item *\n\nSecond.\n\n=item 2.\n\nTwo.\n\n=back", "* First point.\n\n* Second.\n\n2. Two."},
		{"a bullet with its text", "=over\n\n=item * First\n\nMore.\n\n=item B<term>\n\nIts text.\n\nMore of it.\n\n=back", "* First\n\nMore.\n\nterm\nIts text.\n\nMore of it."},
		{"regions of other formats are skipped", "=pod\n\nA.\n\n=begin html\n\n<p>B</p>\n\n=end html\n\n=for comment Not shown.\n\n=for html <b>no</b>\n\nC.", "A.\n\nC."},
		{"regions for text stay as written", "=pod\n\n=begin text\n\nB<as is>\n\n=end text\n\n=for text X<as is>\n\n=begin :readme\n\nB<read>\n\n=end :readme", "B<as is>\n\nX<as is>\n\nread"},
		{"nested regions", "=begin html\n\n=begin text\n\nhidden\n\n=end text\n\n=end html\n\nshown", "shown"},
		{"a region never ended opens nothing", "=pod\n\n=begin html\n\nkept", "kept"},
		{"crlf and blank lines of spaces", "=head1 T\r\n\r\nline one\r\nline two\r\n  \t\r\n=cut\r\n", "T\n\nline one\r\nline two"},
		{"byte order mark", "\ufeff=head1 Title\n\nText.", "Title\n\nText."},
	}
	checkPODTexts(t, tests)
}

// podText is a POD file and the text extracted from it.
type podText struct{ name, pod, want string }

// checkPODTexts extracts each file and checks its text and the map back to
// its bytes.
func checkPODTexts(t *testing.T, tests []podText) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ex, err := podExtractor{}.Extract("t.pod", []byte(tt.pod))
			require.NoError(t, err)
			extractionInvariants(t, []byte(tt.pod), ex)
			assert.Equal(t, tt.want, ex.Text)
		})
	}
}

// TestExtractPODBadInput: markup that does not parse is kept as written,
// nothing of the file's text is lost.
func TestExtractPODBadInput(t *testing.T) {
	tests := []podText{
		{"unclosed code", "=pod\n\nB<bold and C<code> text\n\nnext B<", "B<bold and code text\n\nnext B<"},
		{"unclosed double angles", "=pod\n\nC<<  a > b", "C<<  a > b"},
		{"stray equals signs", "=pod\n\n= not a command\n\n=5 either\n\n==== nor this", "= not a command\n\n=5 either\n\n==== nor this"},
		{"unknown command", "=pod\n\n=head7 Deep\n\n=frobnicate B<x>", "=head7 Deep\n\n=frobnicate B<x>"},
		{"text before POD and after =cut", "#!/usr/bin/perl\nuse strict;\n\n=head1 NAME\n\nx - y\n\n=cut\n\nprint 1;\n", "#!/usr/bin/perl\nuse strict;\n\nNAME\n\nx - y\n\nprint 1;"},
		{"an empty heading and item", "=head1\n\n=item\n\n=item   \n\ntext", "text"},
		{"a closing angle alone", "=pod\n\na > b and B<c>>", "a > b and c>"},
	}
	checkPODTexts(t, tests)
}

// TestExtractPODSingleByte: a POD file that is not UTF-8 is read in the
// single-byte charset its =encoding names, else CP1252 (perlpod); its
// citations still point at its own bytes. One that declares UTF-8 and is
// not is no text.
func TestExtractPODSingleByte(t *testing.T) {
	tests := []struct {
		name, pod, want string
	}{
		{"declared", "=encoding iso-8859-15\n\n=head1 Caf\xe9\n\nB<\xa4> 5, E<eacute>t\xe9", "Café\n\n€ 5, été"},
		{"latin1 is read as the web reads it, CP1252", "=encoding latin1\n\n\x93quoted\x94 caf\xe9", "“quoted” café"},
		{"undeclared", "=pod\n\nna\xefve", "naïve"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			format, ex, err := Extract("old.pod", []byte(tt.pod))
			require.NoError(t, err)
			assert.Equal(t, corpus.POD, format)
			assert.Equal(t, tt.want, ex.Text)
			last := ex.Map[len(ex.Map)-1]
			assert.Equal(t, int64(len(tt.pod)), last.SrcEnd, "the map counts the file's own bytes")
		})
	}
	_, _, err := Extract("bad.pod", []byte("=encoding utf8\n\ncaf\xe9\n"))
	assert.ErrorIs(t, err, ErrInvalidUTF8)
	_, err = podExtractor{}.Extract("latin1.pod", []byte("=encoding latin1\n\ncaf\xe9\n"))
	assert.ErrorIs(t, err, ErrInvalidUTF8, "the extractor reads UTF-8; the registry decodes")
}

// TestExtractPODLargeInput: work grows with the input's length, not its
// square, however deep codes nest or long a multi-angle code's white
// space runs.
func TestExtractPODLargeInput(t *testing.T) {
	deep := "=pod\n\n" + strings.Repeat("L<", 200000) + "x" + strings.Repeat(">", 200000)
	ex, err := podExtractor{}.Extract("deep.pod", []byte(deep))
	require.NoError(t, err)
	assert.Equal(t, strings.Repeat("L<", 200000-maxPodDepth)+"x"+strings.Repeat(">", 200000-maxPodDepth), ex.Text, "codes nest %d deep at most", maxPodDepth)
	spaces := "=pod\n\nC<<<" + strings.Repeat(" ", 1<<20) + "x"
	ex, err = podExtractor{}.Extract("spaces.pod", []byte(spaces))
	require.NoError(t, err)
	assert.Equal(t, strings.TrimPrefix(spaces, "=pod\n\n"), ex.Text, "an unclosed code is text")
}

func TestExtractPODSectionsAndTitle(t *testing.T) {
	src := "=head1 The Title\n\n=head2 Options\n\n=over\n\n=item B<-v>\n\nVerbose.\n\n=over\n\n=item level\n\nHow much.\n\n=back\n\n=back\n\n=head3 Deep\n\n=head4 Deeper\n\nx"
	ex, err := podExtractor{}.Extract("t.pod", []byte(src))
	require.NoError(t, err)
	assert.Equal(t, "The Title", ex.Title, "no NAME section: the first =head1")
	assert.Equal(t, []string{"#The Title", "##Options", "###-v", "####level", "###Deep", "####Deeper"}, sectionTitles(ex))
	assert.Equal(t, []string{":1-25"}, cites(t, ex))
}

func TestPODDispatch(t *testing.T) {
	tests := []struct {
		path, data string
		want       corpus.Format
	}{
		{"perlpod.pod", "Not even POD.\n", corpus.POD},
		{"README", "\n=head1 NAME\n\nx - y\n", corpus.POD},
		{"Changes.pod.orig", "=pod\n\nx\n", corpus.POD},
		{"notes", "\ufeff=encoding utf8\n\n=head1 A\n", corpus.POD},
		{"notes", "=head12 no\n", corpus.Text},
		{"notes", "text\n=head1 A\n", corpus.Text},
		{"notes.txt", "=head1 NAME\n", corpus.Text},
		{"Foo.pm", "=head1 NAME\n\nFoo\n\n=cut\n\npackage Foo;\n", corpus.Code},
	}
	for _, tt := range tests {
		format, _, err := Extract(tt.path, []byte(tt.data))
		require.NoError(t, err, tt.path)
		assert.Equal(t, tt.want, format, "%s %q", tt.path, tt.data)
	}
}

func ExampleExtract_pod() {
	src := "=head1 NAME\n\nperlglossary - Perl Glossary\n\n=over\n\n" +
		"=item B<alias>\n\nA X<aliases, defined>nickname for something, as C<$_> in a C<map>.\n\n=back\n"
	_, ex, err := Extract("perlglossary.pod", []byte(src))
	if err != nil {
		panic(err)
	}
	fmt.Println(ex.Title)
	fmt.Println(ex.Text)
	i := strings.Index(ex.Text, "nickname")
	sp := ex.Map.Locate(ex.Text, i, len(ex.Text))
	fmt.Printf("%d-%d %q\n", sp.LineStart, sp.LineEnd, src[sp.SrcStart:sp.SrcEnd])
	// Output:
	// perlglossary - Perl Glossary
	// NAME
	//
	// perlglossary - Perl Glossary
	//
	// alias
	// A nickname for something, as $_ in a map.
	// 9-9 "nickname for something, as C<$_> in a C<map>."
}
