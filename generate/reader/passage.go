package reader

import (
	"path"
	"regexp"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/verbatim-rag/verbatim/corpus"
	"github.com/verbatim-rag/verbatim/english"
	"github.com/verbatim-rag/verbatim/generate"
)

// tok is a word of a passage, with what matching needs.
type tok struct {
	start, end int
	body       string
	lower      string
	stem       string
	cap        bool // starts with a capital
	digit      bool // holds a digit
	part       bool // a part of a hyphenated or quoted word ("11" of "Reader-11"), not a word as written
	hyphen     bool // written with a hyphen ("e-mail")
	slashed    bool // written after a number and a slash, as a services table writes a port's protocol ("tcp" of "4190/tcp")
	rowName    bool // a name of such a row, before its number or after it, before its comment ("nntp" and "readnews" of "nntp  119/tcp  readnews  # USENET News"), or the lower-case key a line opens with ("bfn" of "bfn:\t\tbye for now"): written in lower case, what a question writes in capitals
}

// passage is a retrieved passage split into units and words.
type passage struct {
	n, rank     int
	text        string
	units       []english.Unit
	toks        []tok
	uTok        [][2]int                  // token range of each unit
	context     []tok                     // title, section, file name: what the passage is about
	first       int                       // index of the document's first substantive unit when the passage opens it, else -1
	label       []bool                    // units that only name the entry: a headword line ("logic bomb n.")
	entryStart  bool                      // the passage opens its file
	schema      bool                      // the passage is a JSON Schema document (it declares "$schema")
	quote       []bool                    // a dictionary's illustrative quotation or its attribution ("--Johnson."): usage, not sense
	title       []tok                     // the passage's title alone
	section     []tok                     // the passage's innermost heading
	heading     string                    // its title and section path as written
	opener      []int                     // per unit, the first unit of its block
	term        []bool                    // per unit, a glossary's term line (see termLine)
	groupRow    int                       // the row the passage's section names (an outline's group: "fffe  VMWare Inc"), -1 if none
	lastSection int                       // the last unit that writes the passage's section, -1 if none
	secText     string                    // the passage's innermost section as written, trimmed
	license     bool                      // its section is a reproduced licence (english.IsLicenseTitle)
	caption     []tok                     // the words of a table's caption its section carries ("# Area Code : City : …"), nil if none
	parents     []tok                     // the words of the headings above the passage's innermost section ("3. Configuration Variables" over "3.11. askbcc")
	drawnHeader bool                      // the caption holds a drawn table's header row ("… Function │ Default key │ Description"): the names of its rows' columns
	keys        map[string]bool           // the fields' keys and header cells it writes, lower-cased (keyed), nil until asked
	ranged      int8                      // whether a unit opens with a range of codes (rangeStates): 0 not yet known, 1 no, 2 yes
	hexKeys     int8                      // whether the rows are keyed by hexadecimal codes (hexKeyed): 0 not yet known, 1 no, 2 yes
	headLine    []bool                    // per unit, a dictionary's headword line: the passage holds two or more, or opens an entry's file with one
	blockLast   []int                     // per unit, the last unit of its block (see signerOf), computed on first use
	dataFile    bool                      // titled by a file name that is no entry's ("pci.ids", "mime.types")
	aliasFile   bool                      // cut from a file whose name says it lists other names ("NameAliases.txt"; english.NamesAliasList)
	pinned      map[string]bool           // the question's numbered names it holds (holdsPinned)
	codesHeld   int8                      // whether it holds the codes the question gives (holdsCodes): 0 not yet asked, 1 yes, -1 no
	file        string                    // the base name of its document's path
	dir         string                    // its document's folder
	otherFile   bool                      // the question names a file by name, and this passage is of another (see namesFiles)
	numbered    bool                      // of a data file the question names by its number (see numberedSiblings)
	sibling     bool                      // the file it names was not retrieved, and this passage's is named in its shape ("de_CH" for "de_DE")
	fieldHeld   int8                      // whether it holds the field the question names (ofOtherField): 0 not yet known, 1 no, 2 yes
	columns     map[english.Range][][]tok // the words of each header cell of its tables (columnNames)
	namedBlocks map[int]bool              // the records named exactly as the question's subject (namedRecordElsewhere)
	rowKeys     map[int]map[string]int    // per block, how many of its rows (notes under a record aside) open with each word (keysOtherRow)
	runs        []string                  // the question's subject runs as names of its records (subjectRuns), computed on first use
	runsDone    bool

	aboutDone bool
	aboutVal  float64
	namesDone bool
	namesVal  bool
}

func prepare(src generate.Source, rank int) *passage {
	p := &passage{n: src.N, rank: rank, file: path.Base(src.Passage.Path), dir: path.Dir(src.Passage.Path), text: src.Passage.Text, first: -1, heading: src.Passage.Title + "\n" + src.Passage.Section}
	p.toks = words(p.text, 0)
	p.units = english.Units(p.text)
	p.uTok = make([][2]int, len(p.units))
	title := src.Passage.Title
	if src.Passage.Path != "" && src.Passage.Ord == 0 && strings.TrimSpace(title) == strings.TrimSpace(p.text) {
		// A document of one line is titled by that line ("ANTIPATHY, n.
		// The sentiment inspired by one's friend's friend."): the line
		// is what it says, not a heading over it; its file name names it.
		title = path.Base(src.Passage.Path)
	}
	section := src.Passage.Section
	if src.Passage.Format == corpus.Text {
		// A plain-text table's header comment, carried by every passage
		// cut from the table (ingest's headerSections), or a drawn
		// table's caption and header row under a manual's headings
		// (manualSections: "4.2. Index Menu > # Table 9.3. …: Function │
		// Default key │ Description"): it names the rows' columns, not
		// what the passage is about; it heads the table as a heading
		// does.
		head, last := "", section
		if k := strings.LastIndex(section, " > "); k >= 0 {
			head, last = section[:k], section[k+len(" > "):]
		}
		if strings.HasPrefix(last, "#") {
			p.caption, section = words(last, 0), head
			if bar := strings.Index(last, "│"); bar >= 0 {
				// A drawn table's caption line names what the table is
				// about, as a heading does ("Table 9.3. Default Index Menu
				// Bindings"); its header row names the rows' columns.
				p.drawnHeader = true
				if k := strings.LastIndex(last[:bar], ": "); k >= 0 {
					p.caption = words(last[k+2:], 0)
					section = strings.TrimSpace(head + " \n " + strings.TrimSpace(strings.TrimPrefix(last[:k], "#")))
				}
			}
		}
	}
	if k := strings.LastIndex(section, " > "); k >= 0 {
		p.parents = words(section[:k], 0)
	}
	base := strings.TrimSuffix(path.Base(src.Passage.Path), path.Ext(src.Passage.Path))
	p.aliasFile = english.NamesAliasList(base)
	ctx := title + " \n " + section + " \n " + base
	p.context = words(ctx, 0)
	if title == path.Base(src.Passage.Path) {
		switch path.Ext(title) {
		case ".txt", "":
		default:
			p.dataFile = true
		}
		title = strings.NewReplacer("-", " ", "_", " ").Replace(strings.TrimSuffix(title, path.Ext(title))) // a file named for its entry: "logic-bomb.txt"
	}
	p.title = words(title, 0)
	if title != src.Passage.Title && src.Passage.Ord == 0 {
		if head := p.headwordTitle(); len(head) < len(p.title) {
			// The file is named for its entry's whole first line
			// ("penitent-adj-undergoing-or-awaiting-punishment.txt" for
			// "PENITENT, adj.  Undergoing or awaiting punishment."): the
			// name's words after the headword are the definition's, which
			// the passage states, not what it is about.
			p.title = head
			p.context = append(append([]tok(nil), head...), words(section, 0)...)
		}
	}
	sec := src.Passage.Section
	if i := strings.LastIndex(sec, ">"); i >= 0 {
		sec = sec[i+1:]
	}
	p.section = words(sec, 0)
	p.label = make([]bool, len(p.units))
	p.entryStart = src.Passage.Ord == 0
	p.schema = strings.Contains(p.text, `"$schema"`) || (strings.Contains(p.text, `"description"`) && schemaMembers.MatchString(p.text))
	p.quote = p.quotations()
	p.opener = make([]int, len(p.units))
	for i, u := range p.units {
		p.opener[i] = i // the block's first unit: the term's, the headword's (see glossTerm, entryHeadword)
		if i > 0 && p.units[i-1].Block == u.Block {
			p.opener[i] = p.opener[i-1]
		}
	}
	// A glossary gives term after term ("2to3¶", "abstract base class¶";
	// a passage of one is still a glossary's when its title says so),
	// a dictionary of many entries headword after headword ("naakt
	// /nakt/"); one short line over a paragraph is a manual's heading or
	// command, and one line with a word between slashes is a path.
	p.term = make([]bool, len(p.units))
	terms, heads := 0, 0
	for i, u := range p.units {
		if p.termLine(i) {
			p.term[i] = true
			terms++
		}
		if english.IsPronouncedHeadword(p.text[u.Start:u.End]) {
			heads++
		}
	}
	for i, u := range p.units {
		if p.term[i] && terms < 2 && !strings.HasSuffix(strings.TrimSpace(p.text[u.Start:u.End]), "¶") && !strings.Contains(strings.ToLower(p.heading), "glossary") {
			p.term[i] = false
		}
	}
	p.secText = strings.TrimSpace(p.heading[strings.LastIndexAny(p.heading, "\n>")+1:])
	p.license = english.IsLicenseTitle(p.secText)
	p.groupRow, p.lastSection = -1, -1
	for i := range p.units {
		if p.isSection(i) {
			if p.groupRow < 0 && p.units[i].Shape == english.Row {
				p.groupRow = i
			}
			p.lastSection = i
		}
	}
	p.headLine = make([]bool, len(p.units))
	for i, u := range p.units {
		// a dictionary's entry file opens with its headword too ("baiser /beze/ <v>")
		p.headLine[i] = (heads >= 2 || i == 0 && p.entryStart) && english.IsPronouncedHeadword(p.text[u.Start:u.End])
	}
	for i, u := range p.units {
		p.uTok[i] = [2]int{p.tokAt(u.Start), p.tokAt(u.End)}
		p.label[i] = u.Shape == english.Heading || (p.namesOnly(i) || i < 2 && p.headword(i)) && !p.groupsRows(i) && !(p.entryStart && i > 0 && senseNumber(p.text[u.Start:u.End])) || p.term[i] || p.headLine[i] // "1. sir" under "Monsieur /məsjø/" is the entry's first sense, not its headword
		if p.first < 0 && src.Passage.Ord == 0 && !p.label[i] && p.states(i) && !(p.label[0] && p.valueField(i)) {
			p.first = i // an entry's short fields ("Symbol: Vm", "Atomic number: 131") describe its headword; they do not say what it is
		}
	}
	return p
}

// groupsRows reports whether unit i is a row with rows indented under it
// (usb.ids: "0cd5  Vendor Name", then its products): the record of the
// group its section names, which answers for it, not a headword.
func (p *passage) groupsRows(i int) bool {
	return i+1 < len(p.units) && p.units[i].Shape == english.Row && p.units[i+1].Shape == english.Row && p.lead(i+1) > p.lead(i)
}

// valueField reports whether unit i is a field whose value is a value,
// at most three words ("Atomic number: 131", "Default: no"), not prose.
func (p *passage) valueField(i int) bool {
	u := p.units[i]
	return u.Shape == english.Field && len(u.Parts) > 0 && p.tokAt(u.Parts[0].End)-p.tokAt(u.Parts[0].Start) <= 3
}

// schemaMembers matches a JSON Schema's definition of a field, as a part
// of a schema cut into passages writes it without the "$schema" line at
// the file's head: a "description" member beside a "type" member that
// names one of JSON Schema's types (`"description": "Official name of the
// item (optional)",` over `"type": "string",`).
var schemaMembers = regexp.MustCompile(`"description"\s*:\s*"[^"\n]*",\s*\n\s*"type"\s*:\s*"(?:string|object|array|integer|number|boolean|null)"`)

// headwordOf returns the headword line of the entry unit i belongs to:
// the label unit that opens a passage at the start of its file, before
// unit i; -1 when there is none or unit i is it.
func (p *passage) headwordOf(i int) int {
	if !p.entryStart || len(p.units) == 0 || i == 0 || !p.label[0] {
		return -1
	}
	return 0
}

// headwordTitle narrows a title taken from the file name to the
// headword its first line gives before a pronunciation or grammar note:
// a dictionary entry's file "coude-kud-n-masc.txt" opening with
// "coude /kud/ <n, masc>" is the entry coude, and "lievre-ljv-n-masc.txt"
// opening with "lièvre /ljɛvʀ/" the entry lièvre (a file name drops the
// accents its headword writes). Any other title stays.
func (p *passage) headwordTitle() []tok {
	line, _, _ := strings.Cut(p.text, "\n")
	cut := strings.IndexAny(line, "/\\<[")
	if comma := strings.IndexByte(line, ','); comma > 0 && (cut <= 0 || comma < cut) {
		// "PHILANTHROPIST, n.  A rich and usually bald old gentleman":
		// the headword ends where its part of speech follows a comma.
		if after := strings.Fields(line[comma+1:]); len(after) > 0 && english.UsageLabel(strings.ToLower(strings.TrimRight(after[0], ".,"))) != "" {
			cut = comma
		}
	}
	if cut <= 0 {
		return p.title
	}
	head := words(line[:cut], 0)
	if len(head) == 0 || len(p.title) < 2 {
		return p.title
	}
	// The name spells the headword's letters in its first words: a file
	// name writes a hyphen or an apostrophe as its separator
	// ("pre-existence-n-an-unnoted-factor-in-creation.txt" for
	// "PRE-EXISTENCE, n."), so letters are compared, not words.
	want, spelt := nameLetters(line[:cut]), ""
	for _, t := range p.title[:len(p.title)-1] {
		spelt += nameLetters(t.lower)
		if spelt == want {
			return head
		}
		if !strings.HasPrefix(want, spelt) {
			break
		}
	}
	return p.title
}

// nameLetters folds s to the letters and digits a file name spells it
// with: lower-cased (english.Fold), without accents, separators or
// punctuation.
func nameLetters(s string) string {
	return strings.Map(func(r rune) rune {
		if english.IsWordRune(r) {
			return r
		}
		return -1
	}, english.Fold(s))
}

// quotations marks the attributions ("--Johnson.", "--Sir W. Scott.")
// and the quotations they close: units indented deeper than the
// passage's senses, followed by an attribution (a dictionary's usage
// examples).
func (p *passage) quotations() []bool {
	q := make([]bool, len(p.units))
	minIndent := 0 // the shallowest indent above 0 of a line: the senses'
	for _, line := range strings.Split(p.text, "\n") {
		t := strings.TrimLeft(line, " ")
		if ind := len(line) - len(t); ind > 0 && t != "" && (minIndent == 0 || ind < minIndent) {
			minIndent = ind
		}
	}
	for i, u := range p.units {
		q[i] = isAttribution(p.text[u.Start:u.End])
	}
	for i := 0; i+1 < len(p.units); i++ {
		if q[i+1] && p.indent(p.units[i].Start) > minIndent+2 {
			q[i] = true
		}
	}
	return q
}

// attributes reports whether unit i is an attribution that closes a
// quotation of its block ("Big book, big bore." then "-- Callimachus"):
// the block's words are what it attributes.
func (p *passage) attributes(i int) bool {
	if i == 0 || p.units[i-1].Block != p.units[i].Block {
		return false
	}
	t := p.text[p.units[i].Start:p.units[i].End]
	return isAttribution(t) || (p.indent(p.units[i].Start) >= rightAligned && namesAlone(t))
}

// signerOf returns the attribution that closes unit i's block (see
// attributes), -1 if none or if unit i is one.
func (p *passage) signerOf(i int) int {
	if p.blockLast == nil {
		p.blockLast = make([]int, len(p.units))
		for k := len(p.units) - 1; k >= 0; k-- {
			p.blockLast[k] = k
			if k+1 < len(p.units) && p.units[k+1].Block == p.units[k].Block {
				p.blockLast[k] = p.blockLast[k+1]
			}
		}
	}
	j := p.blockLast[i]
	if j == i || !p.attributes(j) {
		return -1
	}
	return j
}

// originNote reports whether unit i opens with an entry's note of where
// its term comes from or who uses it (english.OriginNote: "[from the
// Illuminatus Trilogy]", "[Unix: from IBM {JCL}]") that opens the
// entry's file: only its headword lines stand before it. A note further
// down labels one sense ("[BSD hackers; common]" over pointy hat's
// second), not where the term comes from.
func (p *passage) originNote(i int) bool {
	if !p.entryStart || i > 4 {
		return false
	}
	for k := range i {
		if !p.label[k] {
			return false
		}
	}
	u := p.units[i]
	_, _, ok := english.OriginNote(p.text[u.Start:u.End])
	return ok
}

// divisionHeading reports whether unit i is the heading of a part of a
// text, a label and a title ("5.4.2. Safe low level network operations",
// "Chapter 3. The system initialization"; english.DivisionLabel) written
// as a heading, a label or a block of its own — not an item of a numbered
// list ("1. Install the build dependencies", then "2. Run …").
func (p *passage) divisionHeading(i int) bool {
	u := p.units[i]
	if english.DivisionLabel(p.text[u.Start:u.End]) == 0 {
		return false
	}
	alone := (i == 0 || p.units[i-1].Block != u.Block) && (i+1 == len(p.units) || p.units[i+1].Block != u.Block)
	return u.Shape == english.Heading || p.label[i] || alone
}

// byline reports whether unit i is a line of the title page that names
// who wrote the document: in the passage that opens the file, among the
// first lines under the title, a person's name alone ("Debian
// Reference" over "Osamu Aoki"; "Debian New Maintainers' Guide" over
// "Josip Rodin" and "original contents <joy-mg@debian.org>"), every line
// above it the title or another such line.
func (p *passage) byline(i int) bool {
	if !p.entryStart || i == 0 || i > 6 || !p.nameLine(i) {
		return false
	}
	for k := 1; k < i; k++ {
		if t := p.text[p.units[k].Start:p.units[k].End]; !p.nameLine(k) && !strings.Contains(t, "@") {
			return false
		}
	}
	return true
}

// nameLine reports whether unit i is a line of two to four capitalised
// words and nothing else: a name.
func (p *passage) nameLine(i int) bool {
	t := p.text[p.units[i].Start:p.units[i].End]
	return len(strings.Fields(t)) >= 2 && namesAlone(t) && !strings.ContainsAny(t, "()")
}

// namesAlone reports whether t is one line of up to four capitalised
// words and no punctuation: a name, as an attribution writes it without
// its dash ("Scopas Brune", "Osamu Aoki").
func namesAlone(t string) bool {
	return isAttribution("--"+t) && !strings.ContainsAny(t, "\n.,;:!?")
}

// rightAligned is the indentation past which a short line of names under
// a verse signs it ("We plunder his tomb …" over a line of 58 spaces and
// "Scopas Brune", as The Devil's Dictionary credits its verses).
const rightAligned = 24

// namesWork reports whether attribution unit i names the work after its
// author, in quotation marks (`-- William Shakespeare, "Henry VI"`).
func (p *passage) namesWork(i int) bool {
	if !p.attributes(i) {
		return false
	}
	_, work, ok := strings.Cut(p.text[p.units[i].Start:p.units[i].End], ",")
	work = strings.TrimSpace(work)
	return ok && (strings.HasPrefix(work, "\"") || strings.HasPrefix(work, "“"))
}

// indent is the column the line holding offset i starts its text at: its
// opening spaces, a tab to the next multiple of eight, as a terminal
// shows it.
func (p *passage) indent(i int) int {
	col := 0
	for k := strings.LastIndexByte(p.text[:i], '\n') + 1; k < len(p.text); k++ {
		switch p.text[k] {
		case ' ':
			col++
		case '\t':
			col += 8 - col%8
		default:
			return col
		}
	}
	return col
}

// isAttribution reports an attribution line: "--" and a name of at most
// four capitalised words ("--Johnson.", "--Sir W. Scott."), perhaps with
// the work after a comma ("-- William Shakespeare, \"Henry VI\"", as
// fortune files attribute their quotations).
func isAttribution(s string) bool {
	rest, ok := strings.CutPrefix(strings.TrimSpace(s), "--")
	name, _, _ := strings.Cut(rest, ",")
	ws := strings.Fields(name)
	if !ok || len(ws) == 0 || len(ws) > 4 {
		return false
	}
	for _, w := range ws {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// minGist is the fewest words of its own a unit needs to state something:
// a definition, not a headword with its pronunciation and etymology.
const minGist = 3

// states reports whether unit i states something of its own: minGist
// words the title does not hold, or a short gloss of one fewer ("In an
// infinite loop.", a glossary's sense of an adjective) that is not one of
// several numbered senses (which are peers: none of them is the first).
func (p *passage) states(i int) bool {
	u := p.units[i]
	g := p.gist(i)
	return g >= minGist || (g == minGist-1 && !senseNumber(p.text[u.Start:u.End]))
}

// gist counts the words of unit i outside brackets that the passage's
// title does not hold: what the unit says beyond naming its entry.
func (p *passage) gist(i int) int {
	u := p.units[i]
	n, depth := 0, 0
	k := p.uTok[i][0]
	for off := u.Start; off < u.End; off++ {
		switch p.text[off] {
		case '[', '(', '\\':
			if p.text[off] == '\\' && depth > 0 {
				depth--
			} else {
				depth++
			}
		case ']', ')':
			depth = max(0, depth-1)
		}
		for k < p.uTok[i][1] && p.toks[k].start == off {
			t := p.toks[k]
			if depth == 0 && len(t.body) > 2 && !hasLower(p.context, t.lower) && !english.IsStopword(t.lower) {
				n++
			}
			k++
		}
	}
	return n
}

// headword reports whether unit i is a dictionary's headword line: its
// words outside brackets (grammar tags in angle brackets too: "<n,
// masc>"), pronunciations (/…/, \…\) and short tags are all the
// title's ("softcopy /soft'kop·ee/, n."), those of a line after the one
// of its pronunciation too, however short.
func (p *passage) headword(i int) bool {
	u := p.units[i]
	var sb, gloss strings.Builder
	depth := 0
	slash, pronounced, after := false, false, false
	for _, r := range p.text[u.Start:u.End] {
		switch r {
		case '[', '(', '<':
			depth++
			continue
		case ']', ')', '>':
			depth = max(0, depth-1)
			continue
		case '/', '\\':
			slash = !slash
			pronounced = pronounced || !slash
			continue
		case '\n':
			if pronounced && depth == 0 && !slash {
				after = true // the line after the pronunciation's: the entry's gloss ("baie d'Hudson /bɛdysɔ̃/ <n, fem>", then "Hudson Bay")
			}
		}
		if depth == 0 && !slash && after {
			gloss.WriteRune(r)
		} else if depth == 0 && !slash {
			sb.WriteRune(r)
		}
	}
	g := gloss.String()
	for _, t := range words(g, 0) {
		if t.part || t.digit || t.lower != strings.ToLower(t.body) || (english.UsageLabel(t.lower) != "" && isLabel(g, t.start, t.end)) {
			continue // "adj." of a wrapped headword line, "1." of its first sense
		}
		if !hasWhole(p.context, t.lower) {
			return false // "thé /te/ <n, masc>", then "tea": however short, a word of the line after the pronunciation's is the entry's gloss ("menu", then "menu" stays a headword line)
		}
	}
	rest := sb.String()
	for _, t := range words(rest, 0) {
		if len(t.body) > 3 && !hasLower(p.context, t.lower) {
			return false
		}
	}
	return strings.TrimSpace(rest) != ""
}

// namesOnly reports whether unit i holds nothing but the words of the
// passage's title and short tags: a glossary's headword line with its
// part of speech ("logic bomb n.").
func (p *passage) namesOnly(i int) bool {
	ut := p.unitToks(i)
	if len(ut) == 0 {
		return true
	}
	for _, t := range ut {
		if (len(t.body) > 3 || len(t.body) == 3 && !t.digit && !english.IsStopword(t.lower) && english.UsageLabel(t.lower) == "") && !hasLower(p.context, t.lower) {
			return false // "To dip." under "Dib \Dib\, v. i.": a gloss of three letters is no tag
		}
	}
	return true
}

// hasWhole reports whether toks hold the word lw whole, accents aside
// ("réputation" of a file named "reputation-….txt": a file name drops the
// accents); not as the parts of a hyphenated word ("air-resistance" is no
// repeat of "résistance à l'air").
func hasWhole(toks []tok, lw string) bool {
	for _, t := range toks {
		if t.lower == lw {
			return true
		}
	}
	folded := english.Fold(lw)
	for _, t := range toks {
		if english.Fold(t.lower) == folded {
			return true
		}
	}
	return false
}

// hasLower reports whether toks hold the word lw (see hasWhole), or every
// part of it when it is hyphenated.
func hasLower(toks []tok, lw string) bool {
	if hasWhole(toks, lw) {
		return true
	}
	if parts := strings.FieldsFunc(lw, func(r rune) bool { return r == '-' || r == '\'' || r == '’' }); len(parts) > 1 {
		for _, part := range parts {
			if !hasLower(toks, part) {
				return false
			}
		}
		return true // "feather-heeled" of a file named "feather_heeled.txt": a file name writes the hyphen as "_"
	}
	return false
}

// tokAt returns the index of the first word starting at or after off.
func (p *passage) tokAt(off int) int {
	return sort.Search(len(p.toks), func(i int) bool { return p.toks[i].start >= off })
}

func (p *passage) unitToks(i int) []tok { return p.toks[p.uTok[i][0]:p.uTok[i][1]] }

// introducedBy returns the words of the unit that announces unit i: the
// last unit of the block before, when it only leads into what follows
// (english.OnlyIntroduces: "You can check your global configuration
// by the following." before the block "$ git config --global --list").
// Nil when unit i opens no block or the block before announces nothing.
func (p *passage) introducedBy(i int) []tok {
	if j := p.introducerOf(i); j >= 0 {
		return p.unitToks(j)
	}
	return nil
}

// introducerOf is introducedBy's unit index, -1 if none.
func (p *passage) introducerOf(i int) int {
	if i == 0 || p.units[i-1].Block == p.units[i].Block {
		return -1
	}
	u := p.units[i-1]
	if !english.OnlyIntroduces(p.text[u.Start:u.End]) {
		return -1
	}
	if p.units[i].Shape == english.Row && english.IsCaption(p.text[u.Start:u.End]) {
		return -1 // "Table 12.6. List of source translation tools" over "package popcon size keyword description": the table's header names its columns, not what the table lists
	}
	return i - 1
}

// directiveOf returns the words of the setting a comment describes: unit
// i is a sentence of "# " comment lines and the line after them, or the
// block after theirs, opens with a line that is no sentence ("# The value 10 may be varied between
// 1 and 15." over "! local stratum 10" in a configuration file). Nil
// otherwise.
func (p *passage) directiveOf(i int) []tok {
	u := p.units[i]
	if u.Shape != english.Sentence || !inComment(p.text, u.Start) {
		return nil
	}
	j := i + 1
	for j < len(p.units) && p.units[j].Block == u.Block && inComment(p.text, p.units[j].Start) {
		j++ // the comment's other sentences
	}
	if j < len(p.units) && len(p.unitToks(j)) == 0 {
		j++ // "!", the mark that comments a setting out
	}
	if j == len(p.units) || p.units[j].Block > u.Block+1 {
		return nil
	}
	d := p.units[j]
	t := strings.TrimSpace(p.text[d.Start:d.End])
	last, _ := utf8.DecodeLastRuneInString(t)
	if inComment(p.text, d.Start) || strings.Contains(t, "\n") || len(strings.Fields(t)) > 8 || english.IsTerminal(last) {
		return nil
	}
	return p.unitToks(j)
}

// inComment reports whether the line that holds text[off] opens with "#".
func inComment(text string, off int) bool {
	ls := strings.LastIndexByte(text[:off], '\n') + 1
	return strings.HasPrefix(strings.TrimLeft(text[ls:off+1], " \t"), "#")
}

// signatureOf returns the change log signature of unit i's entry: the
// nearest signature before it (a GNU ChangeLog's header) with none
// between, or, failing that, the first after it that trails its entry (a
// Debian changelog's " -- Name <mail>  date"); -1 if none, or if unit i
// is a signature itself.
func (p *passage) signatureOf(i int) int {
	signs := func(j int) bool {
		u := p.units[j]
		return english.IsChangeLogSignature(p.text[u.Start:u.End])
	}
	if signs(i) {
		return -1
	}
	for j := i - 1; j >= 0; j-- {
		if signs(j) {
			u := p.units[j]
			if english.IsChangeLogTrailer(p.text[u.Start:u.End]) {
				break // the end of the entry before this one
			}
			return j
		}
	}
	for j := i + 1; j < len(p.units); j++ {
		if signs(j) {
			u := p.units[j]
			if english.IsChangeLogTrailer(p.text[u.Start:u.End]) {
				return j
			}
			return -1 // the next entry's header
		}
	}
	return -1
}

// askedBy returns the words of the FAQ question unit i answers: unit i
// opens its block, or is an "A:" field, and the unit before it asks ("6.4:
// Did zsh have problems in the year 2000?", "Q: lftp hangs in …"). Nil
// otherwise.
func (p *passage) askedBy(i int) []tok {
	if i == 0 {
		return nil
	}
	u, b := p.units[i], p.units[i-1]
	answerField := u.Shape == english.Field && u.Key.End > u.Key.Start && english.IsAnswerLabel(p.text[u.Key.Start:u.Key.End])
	if u.Block == b.Block && !answerField {
		return nil
	}
	if p.asks(i - 1) {
		return p.unitToks(i - 1)
	}
	return nil
}

// asks reports whether unit i is an FAQ's question: a "Q:" field, even one
// that states ("Q: lftp hangs in "Making data connection" state."), or a
// question that opens, after any section number ("2.4.", "6.4:", "18."),
// with a question word, an auxiliary or "is" ("Where do the outputs go
// when two shards write the same file name?", "18. Is procmail Y2K
// safe/compliant?").
func (p *passage) asks(i int) bool {
	u := p.units[i]
	if u.Shape == english.Field && u.Key.End > u.Key.Start && english.IsQuestionLabel(p.text[u.Key.Start:u.Key.End]) {
		return true
	}
	t := strings.TrimSpace(p.text[u.Start:u.End])
	if !strings.HasSuffix(t, "?") {
		return false
	}
	f := strings.Fields(t)
	if len(f) > 1 && strings.Trim(f[0], "0123456789.:)") == "" {
		f = f[1:]
	}
	return len(f) > 0 && english.OpensQuestion(strings.ToLower(f[0]))
}

// entryOf returns the Debian changelog entry line unit i is under
// (english.IsChangeLogEntry: "anacron (2.3-36) unstable; urgency=medium"),
// the nearest before it; -1 if none.
func (p *passage) entryOf(i int) int {
	for j := i - 1; j >= 0; j-- {
		u := p.units[j]
		if english.IsChangeLogEntry(p.text[u.Start:u.End]) {
			return j
		}
	}
	return -1
}

// onlyLeadsOn reports whether unit i says nothing but that the block
// after it, in the passage or past its end, says something (see
// english.OnlyIntroduces).
func (p *passage) onlyLeadsOn(i int) bool {
	u := p.units[i]
	if i+1 < len(p.units) && p.units[i+1].Block == u.Block {
		return false
	}
	return english.OnlyIntroduces(p.text[u.Start:u.End])
}

// describedBy returns the words of the description a definition list
// gives a term unit: unit i is a block of its own whose every line is one
// word written as code or a list of options ("-a" and "--all" of a
// manual's OPTIONS, "-s, --summarize"; a
// reference's numbered heading "3.11.\u00a0askbcc"), and the next block
// opens with what it does, after any block of fields that only types the
// term ("Type:\u00a0boolean", "Default:\u00a0no"). Nil for any other unit.
func (p *passage) describedBy(i int) []tok {
	if j := p.describedAt(i); j >= 0 {
		return p.unitToks(j)
	}
	return nil
}

// glossTerm returns the term line a glossary gives unit i's block, -1 if
// none: the block before it is one short line that ends with no
// punctuation of a sentence (a definition list's term as text renders
// it: "2to3¶", "WAL sender (process)"), and unit i's block opens with a
// sentence. The definition under a term does not repeat it ("A tool that
// tries to convert Python 2.x code to Python 3.x code …"): it is the
// term's. A block that opens with a term line of its own ("named
// pipe\nA pipe with a name …", see openingTerm) is that term's, whatever
// short line stands above it (the glossary's letter "N").
func (p *passage) glossTerm(i int) int {
	k := p.opener[i]
	if k == 0 || p.units[k].Shape != english.Sentence || !p.term[k-1] || p.openingTerm(k).End > 0 {
		return -1
	}
	return k - 1
}

// recordTitle returns the line that names the record unit i is a field
// of, -1 if none: a short line alone in its block right above the
// record's block, with or without a section number ("3.395.\u00a0to_chars"
// over "Type:\u00a0string" and "Default:\u00a0“\u00a0+TCFL”", a reference
// manual's setting and its fields), but no section's name in capitals.
// The fields do not repeat the name: they are the named thing's.
func (p *passage) recordTitle(i int) int {
	k := p.opener[i]
	if p.units[i].Shape != english.Field || k == 0 {
		return -1
	}
	t := k - 1
	u := p.units[t]
	if u.Shape == english.Field || u.Block+1 != p.units[k].Block || p.opener[t] != t {
		return -1
	}
	text := strings.TrimSpace(p.text[u.Start:u.End])
	text = strings.TrimSpace(text[english.SectionNumber(text):])
	if strings.ToUpper(text) == text || strings.Contains(text, "\n") || !termText(text, 4, false) {
		return -1
	}
	return t
}

// demonstrative reports whether unit i opens with "This" or "These" and
// a noun ("This command is used to …", "These variables …"): it speaks of
// what its block is about, named above it (see glossTerm).
func (p *passage) demonstrative(i int) bool {
	head := p.text[p.units[i].Start:min(p.units[i].End, p.units[i].Start+80)]
	if !strings.HasPrefix(head, "This ") && !strings.HasPrefix(head, "These ") {
		return false
	}
	f := strings.Fields(head)
	return len(f) >= 3 && (f[0] == "This" || f[0] == "These") && !english.IsStopword(strings.ToLower(f[1])) && strings.IndexFunc(f[1], unicode.IsLetter) == 0
}

// speaksOfOther reports whether unit i writes the question's word w, a
// name written as code, but opens with a demonstrative under a term (see
// referent) that does not write w as a whole word: the unit speaks of the
// term, whatever else it names.
func (p *passage) speaksOfOther(i int, w qword) bool {
	if !isIdentifier(w.body) || match(wholeWords(p.unitToks(i)), w) < 1 {
		return false
	}
	g := p.referent(i) // a demonstrative's, or none
	return g >= 0 && match(wholeWords(p.unitToks(g)), w) < 1
}

// referent returns the term a demonstrative unit speaks of, -1 if none:
// the line alone in its block right above the unit's, which opens its
// own ("fcc-hook [!]pattern mailbox" over "This command is used to save
// outgoing mail …"; see termLine), unless it is a section's name in
// capitals.
func (p *passage) referent(i int) int {
	if i == 0 || p.opener[i] != i || !p.demonstrative(i) || !p.termLine(i-1) {
		return -1
	}
	if t := strings.TrimSpace(p.text[p.units[i-1].Start:p.units[i-1].End]); strings.ToUpper(t) == t {
		return -1 // "DESCRIPTION" over "This command formats …": a manual page's section, not what the sentence speaks of
	}
	return i - 1
}

// referredAs returns the unit that speaks of term unit g by the class
// noun the question asks for, -1 if none: the unit right under it, which
// says "this command", "this variable" or "this field" in its opening
// words ("This command is a shortcut …" under "fcc-save-hook [!]pattern
// mailbox", see referent; "If this variable is set …" under a definition
// list's "HISTTIMEFORMAT", see glossTerm; "If a package is not installed
// …, this field in dpkg's status file records …" under the heading
// "4.2.4. Config-Version"). The term is what the question asks for, and
// the unit says it in the question's words.
func (p *passage) referredAs(q *question, g int) int {
	i := g + 1
	for k := 0; k < 3 && i+1 < len(p.units) && p.units[i].Shape == english.Field && p.units[g].Shape != english.Field; k++ {
		i++ // "3.58. crypt_autosign", "Type: boolean", "Default: no", then "Setting this variable will cause …": a setting's fields before its description
	}
	if len(q.classes) == 0 || i >= len(p.units) || p.opener[i] != i {
		return -1
	}
	head := p.text[p.units[i].Start:min(p.units[i].End, p.units[i].Start+100)]
	if !strings.Contains(head, "his ") && !strings.Contains(head, "hese ") {
		return -1 // no demonstrative: the regular expression is not needed
	}
	m := thisNoun.FindStringSubmatch(head)
	if m == nil || !(q.asksClass(m[1]) || (q.setting && english.IsSettingNoun(m[1]))) {
		return -1 // "this variable" is the option or setting asked for
	}
	gt := strings.TrimSpace(p.text[p.units[p.opener[g]].Start:p.units[g].End]) // "4.2.4. Config-Version¶", its number a unit of its own
	switch {
	case p.referent(i) == g, p.glossTerm(i) == g:
		return i
	case (p.units[g].Shape == english.Heading || english.SectionNumber(gt) > 0) && len(strings.Fields(gt)) <= 3 && !strings.Contains(gt, "\n"):
		return i // "4.2.4. Config-Version": a section named for one thing
	}
	return -1
}

// thisNoun finds a demonstrative and its noun: "This command", "this
// variable".
var thisNoun = regexp.MustCompile(`\b[Tt]h(?:is|ese) ([a-z][a-z-]+)\b`)

// writesIdentifier reports whether unit i, the first unit of its block (a
// JSON object's key line, `"alpha_3": {`), or the section line or term
// right above it in the passage (a manual's "3.195. mime_type_query_first"
// over "Type: boolean") writes the name id whole, in any case; with no
// such line above it, whether the passage's heading does.
func (p *passage) writesIdentifier(i int, id string) bool {
	if holdsName(p.text[p.units[i].Start:p.units[i].End], id) {
		return true
	}
	if o := p.opener[i]; o != i && holdsName(p.text[p.units[o].Start:p.units[o].End], id) {
		return true // `"alpha_3": {` over `"description": …`: the object the name opens
	}
	for k := i - 1; k >= 0 && k >= i-8; k-- {
		u := p.units[k]
		if t := p.text[u.Start:u.End]; u.Shape == english.Heading || english.SectionNumber(t) > 0 || p.termLine(k) {
			return holdsName(t, id)
		}
	}
	return holdsName(p.heading, id)
}

// holdsName reports whether text writes name, in any case, set apart from
// letters, digits and underscores.
func holdsName(text, name string) bool {
	return english.HoldsWholeBy(strings.ToLower(text), strings.ToLower(name), func(r rune) bool { return r == '_' || english.IsWordRune(r) })
}

// termLine reports whether unit t is a glossary's term: one line of one
// to six words with no sentence punctuation at its end (a Sphinx anchor's
// pilcrow aside), in a block of its own before a block of prose.
func (p *passage) termLine(t int) bool {
	u := p.units[t]
	if u.Shape != english.Sentence || t+1 >= len(p.units) || p.units[t+1].Block != u.Block+1 || (t > 0 && p.units[t-1].Block == u.Block) {
		return false
	}
	text := strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(p.text[u.Start:u.End]), "¶"))
	permalink := strings.HasSuffix(strings.TrimSpace(p.text[u.Start:u.End]), "¶") // a documentation generator's term: "string.capwords(s, sep=None)¶"
	if strings.Contains(text, "\n") || !termText(text, 6, permalink) {
		return false
	}
	next := p.units[t+1]
	nt := strings.TrimSpace(p.text[next.Start:next.End])
	words := 4 // a list's items are no definitions: "Search the Internet before asking questions"
	if permalink {
		words = 2 // "Unpack an archive." under "shutil.unpack_archive(filename[, extract_dir[, format]])¶"
	}
	return next.Shape == english.Sentence && len(strings.Fields(nt)) >= words && strings.ContainsAny(nt[len(nt)-1:], ".!?")
}

// openingTerm is the line unit i opens with when it is a term on a line
// of its own before its definition in the same unit ("symbolic
// debugger\nA program that lets you step …"): a glossary's entry inside
// a longer passage (perlglossary's =item). An empty range when it opens
// with no such line.
func (p *passage) openingTerm(i int) english.Range {
	u := p.units[i]
	nl := strings.IndexByte(p.text[u.Start:u.End], '\n')
	if nl <= 0 {
		return english.Range{}
	}
	line := strings.TrimSpace(p.text[u.Start : u.Start+nl])
	if strings.TrimSpace(p.text[u.Start+nl:u.End]) == "" || !termText(line, 4, false) {
		return english.Range{}
	}
	return english.Range{Start: u.Start, End: u.Start + nl}
}

// termOpening is the first unit of unit i's block and its term when it
// opens with one (see openingTerm), else -1.
func (p *passage) termOpening(i int) (int, english.Range) {
	k := p.opener[i]
	if p.units[k].Shape != english.Sentence {
		return -1, english.Range{}
	}
	if term := p.openingTerm(k); term.End > 0 {
		return k, term
	}
	return -1, english.Range{}
}

// termText reports whether a line reads as a glossary's term: at most
// max words, a letter among them, no sentence punctuation at its end, not
// a section's number, a note in brackets, a command set apart (unless a
// documentation generator's permalink marks it) or an option.
func termText(text string, max int, permalink bool) bool {
	if text == "" || strings.ContainsAny(text[len(text)-1:], ".!?:;,]") || english.SectionNumber(text) > 0 {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(text); !unicode.IsLetter(r) && !unicode.IsDigit(r) {
		return false // "[from SF fandom]": a note, not a term
	}
	if strings.IndexFunc(text, unicode.IsLetter) < 0 {
		return false // "12.5": a section's number
	}
	f := strings.Fields(text)
	if len(f) > max || (strings.ContainsAny(text, "/=$<>|") && !permalink) {
		return false // "ssh-keygen -r hostname -f keyfile -g", "$ make install": a command set apart, not a term
	}
	for _, w := range f {
		if strings.HasPrefix(w, "-") {
			return false
		}
	}
	return true
}

// entryHeadword returns the headword line that opens unit i's entry in a
// dictionary of many entries (english.IsPronouncedHeadword: "naakt
// /nakt/" over "1. bare, naked, nude"), -1 if none.
func (p *passage) entryHeadword(i int) int {
	if k := p.opener[i]; k != i && p.headLine[k] {
		return k
	}
	return -1
}

// termAsked reports whether the question asks about glossary term g
// itself: it holds every word of the term, a parenthesised note aside
// ("WAL sender (process)"), not just one ("coroutine" of "coroutine
// function" is another entry).
func (p *passage) termAsked(g int, q *question) bool {
	u := p.units[g]
	text := p.text[u.Start:u.End]
	if k := strings.IndexByte(text, '('); k > 0 {
		text = text[:k]
	}
	n := 0
	for _, t := range words(text, 0) {
		if english.IsStopword(t.lower) || t.part {
			continue // "write" of "Write-Ahead": the whole word is asked about
		}
		if !q.mentions(t) {
			return false
		}
		n++
	}
	return n > 0
}

// termOf returns the term unit i describes, -1 if none: the unit whose
// describedBy is unit i.
func (p *passage) termOf(i int) int {
	for t := i - 1; t >= 0 && t >= i-4; t-- {
		if p.describedAt(t) == i {
			return t
		}
	}
	return -1
}

// apiDescription returns the first sentence of the description under an
// API reference's entry name (unit i, "xmlGetLastError ()"), past the
// signature that repeats the name ("xmlErrorPtr\txmlGetLastError\t\t(void)"
// and the lines it runs on), -1 if none follows in the passage before the
// next entry.
func (p *passage) apiDescription(i int) int {
	j := i + 1
	if j < len(p.units) && p.units[j].Shape == english.Row {
		sig := p.units[j].Block
		for j < len(p.units) && p.units[j].Block == sig {
			j++ // the signature, and its parameters run on over lines
		}
	}
	if j >= len(p.units) || j > i+6 || p.units[j].Shape != english.Sentence || english.IsAPIName(p.text[p.units[j].Start:p.units[j].End]) {
		return -1
	}
	return j
}

// commentOver returns the first unit of the C comment right over unit i,
// when unit i declares a function ("/* Like `mktime', but for TP
// represents Universal Time, not local time.  */" over "extern time_t
// timegm (struct tm *__tp) __THROW;", a header's layout), -1 if none: what
// the comment says, the declaration does.
func (p *passage) commentOver(i int) int {
	if i == 0 || !english.IsDeclaration(p.text[p.units[i].Start:p.units[i].End]) {
		return -1
	}
	for k := i - 1; k >= 0 && k >= i-5 && p.units[k].Block == p.units[i].Block; k-- {
		t := p.text[p.units[k].Start:p.units[k].End]
		if strings.HasPrefix(t, "/*") || strings.HasPrefix(t, "//") {
			if strings.Contains(p.text[p.units[i-1].Start:p.units[i].Start], "*/") || strings.HasPrefix(t, "//") {
				return k
			}
			return -1
		}
		if english.IsDeclaration(t) {
			return -1
		}
	}
	return -1
}

// commentsDeclaration reports whether unit i is part of a C comment over
// a function's declaration (see commentOver).
func (p *passage) commentsDeclaration(i int) bool {
	for j := i + 1; j < len(p.units) && j <= i+5; j++ {
		if k := p.commentOver(j); k >= 0 {
			return k <= i
		}
	}
	return false
}

// ofOtherField reports whether field unit i is neither the field the
// question names by its key ("the description of the name field") nor
// inside the object that key opens (`"name": {` over `"description": "Name
// of the script"`), while the passage holds that field: the schema's own
// "description" describes the schema, not its name field.
func (p *passage) ofOtherField(q *question, i int) bool {
	if q.fieldKey == "" {
		return false
	}
	if p.fieldHeld == 0 {
		p.fieldHeld = 1
		for k, u := range p.units {
			if u.Shape == english.Field && strings.EqualFold(p.keyText(k), q.fieldKey) {
				p.fieldHeld = 2
				break
			}
		}
	}
	return p.fieldHeld == 2 && !strings.EqualFold(p.keyText(i), q.fieldKey) && !p.inFieldObject(q, i)
}

// keyText is unit i's key as written, without the quotes around it
// (`"alpha_3"` is alpha_3); "" for a unit with no key.
func (p *passage) keyText(i int) string {
	u := p.units[i]
	return strings.Trim(p.text[u.Key.Start:u.Key.End], `"' `)
}

// opensObject reports whether unit i opens a JSON object (`"alpha_3": {`).
func (p *passage) opensObject(i int) bool {
	return strings.HasSuffix(strings.TrimSpace(p.text[p.units[i].Start:p.units[i].End]), "{")
}

// namesKeys reports whether unit i of a JSON Schema names the keys of
// records: it opens the object that defines one (`"bibliographic": {`) or
// lists them (`"required": ["alpha_4", "name"]`).
func (p *passage) namesKeys(i int) bool {
	u := p.units[i]
	return p.opensObject(i) || (len(u.Parts) > 0 && strings.HasPrefix(strings.TrimSpace(p.text[u.Parts[0].Start:u.Parts[0].End]), "["))
}

// inFieldObject reports whether field unit i is a member of the JSON
// object that the question's named field opens (`"alpha_3": {` over
// `"description": …`, `"pattern": …`).
func (p *passage) inFieldObject(q *question, i int) bool {
	o := p.opener[i]
	if q.fieldKey == "" || o == i || p.units[o].Shape != english.Field {
		return false
	}
	return strings.EqualFold(p.keyText(o), q.fieldKey) && p.opensObject(o)
}

// keywordNamedLikeField reports whether field unit i is keyed as the
// question's named field but opens no object, in a passage where that key
// opens one: a JSON Schema keyword ("type": "object") beside the
// definition of a field named "type" (`"type": {`).
func (p *passage) keywordNamedLikeField(q *question, i int) bool {
	if q.fieldKey == "" || !strings.EqualFold(p.keyText(i), q.fieldKey) || p.opensObject(i) {
		return false
	}
	for k, u := range p.units {
		if k != i && u.Shape == english.Field && strings.EqualFold(p.keyText(k), q.fieldKey) && p.opensObject(k) {
			return true
		}
	}
	return false
}

// describesField reports whether field unit i is the description (see
// english.IsDescriptionKey) of the field the question names, in the
// object its key opens: a JSON Schema says there what the field holds.
func (p *passage) describesField(q *question, i int) bool {
	u := p.units[i]
	return u.Key.End > u.Key.Start && len(u.Parts) > 0 && p.inFieldObject(q, i) &&
		english.IsDescriptionKey(strings.ToLower(p.keyText(i)))
}

// describedRecord reports whether field i's record (its block) holds a
// field keyed as a description ("description", "Summary"): that field
// says what the record's subject is, its other fields facts of it.
func (p *passage) describedRecord(i int) bool {
	for j, u := range p.units {
		if j != i && u.Block == p.units[i].Block && u.Shape == english.Field && u.Key.End > u.Key.Start && english.IsDescriptionKey(strings.ToLower(p.text[u.Key.Start:u.Key.End])) {
			return true
		}
	}
	return false
}

// hyphenedName reports whether a term line is a lower-case name joined
// by hyphens ("find-rev", "dump-macros", "set-tree"): a command's or a
// function's name, as a reference lists them, each over its
// description.
func hyphenedName(s string) bool {
	parts := strings.Split(s, "-")
	if len(parts) < 2 || len(s) < 5 {
		return false
	}
	for _, p := range parts {
		if len(p) < 2 || strings.IndexFunc(p, func(r rune) bool { return !unicode.IsLower(r) }) >= 0 {
			return false
		}
	}
	return true
}

// describedAt is describedBy's unit index, -1 if none.
func (p *passage) describedAt(i int) int {
	u := p.units[i]
	if english.IsAPIName(p.text[u.Start:u.End]) {
		return p.apiDescription(i)
	}
	if i+1 >= len(p.units) || p.units[i+1].Block != u.Block+1 || (i > 0 && p.units[i-1].Block == u.Block) {
		return -1
	}
	text := p.text[u.Start:u.End]
	numbered := english.SectionNumber(text)
	for _, line := range strings.Split(text[numbered:], "\n") {
		// (a permalink after the term is none of it: "OPTERR ¶" of the bash manual's HTML)
		if w := strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(line), "¶")); w == "" || ((strings.ContainsAny(w, " \t"+english.NoBreakSpace) || !writtenAsCode(w) && !hyphenedName(w)) && !english.IsOptionList(w)) {
			return -1
		}
	}
	j := i + 1
	for j+1 < len(p.units) && p.units[j].Shape == english.Field && numbered > 0 {
		j++ // the term's type and default, then what it does
	}
	if (numbered > 0 && p.units[j].Shape == english.Field) || p.units[j].Block > p.units[j-1].Block+1 {
		return -1 // the passage ends on the term's fields: what it does is in the next one
	}
	next := p.units[j]
	if !strings.ContainsAny(p.text[next.Start:next.End], " \t"+english.NoBreakSpace) {
		return -1 // "OPTIONS" above the terms is a heading: its next block is a term too
	}
	return j
}

func (p *passage) rangeToks(r english.Range) []tok { return p.toks[p.tokAt(r.Start):p.tokAt(r.End)] }

// words returns the words of text, "_" and "-" joined names split too.
func words(text string, base int) []tok {
	var out []tok
	names := -1 // the end of the names of the row a line of a services table opens with
	for _, t := range english.Tokenize(text) {
		b := t.Body(text)
		if !english.IsWord(b) {
			continue
		}
		start := t.Start + t.Lead
		nt := newTok(b, base+start)
		nt.slashed = start > 1 && text[start-1] == '/' && isDigitByte(text[start-2])
		if start == 0 || text[start-1] == '\n' {
			names = portRowNames(text, start)
		}
		nt.rowName = start < names && !nt.digit && !nt.slashed || (start == 0 || text[start-1] == '\n') && keyedLine(text, start, b)
		out = append(out, nt)
		if l := english.UsageLabel(strings.ToLower(b)); l != "" && isLabel(text, start, start+len(b)) {
			lt := newTok(l, base+start) // "a." of "Maculate, a." says "adjective"
			lt.body, lt.end = b, base+start+len(b)
			out = append(out, lt)
		}
		if strings.ContainsAny(b, "-'’") {
			off := 0
			for _, part := range strings.FieldsFunc(b, func(r rune) bool { return r == '-' || r == '\'' || r == '’' }) {
				i := strings.Index(b[off:], part) + off
				pt := newTok(part, base+start+i)
				pt.part = true
				out = append(out, pt)
				off = i + len(part)
			}
		}
	}
	return out
}

// keyedLine reports whether the word b that a line of text opens with
// (at start) is in lower case and keys the line, a colon and a blank
// right after it: an abbreviations list's "bfn:\t\tbye for now",
// "iirc: if I remember correctly".
func keyedLine(text string, start int, b string) bool {
	end := start + len(b)
	return end+1 < len(text) && text[end] == ':' && (text[end+1] == ' ' || text[end+1] == '\t') && strings.ToLower(b) == b && strings.IndexFunc(b, unicode.IsLetter) >= 0
}

// portRowNames returns where the names of a services table's row end
// when the line at start is one: a name, blanks, a number, a slash and
// the protocol ("nntp\t\t119/tcp\t\treadnews untp\t# USENET News
// Transfer Protocol"); its names, the first and the aliases after the
// port, end at its comment or its line. -1 for any other line.
func portRowNames(text string, start int) int {
	end := strings.IndexByte(text[start:], '\n')
	if end < 0 {
		end = len(text)
	} else {
		end += start
	}
	line := text[start:end]
	name := strings.IndexAny(line, " \t")
	if name <= 0 {
		return -1
	}
	i := name
	for i < len(line) && (line[i] == ' ' || line[i] == '\t') {
		i++
	}
	j := i
	for j < len(line) && isDigitByte(line[j]) {
		j++
	}
	if j == i || j+1 >= len(line) || line[j] != '/' || !unicode.IsLetter(rune(line[j+1])) {
		return -1
	}
	if c := strings.IndexByte(line, '#'); c >= 0 {
		return start + c
	}
	return end
}

// inAngles reports whether text at start is inside angle brackets opened
// on its line ("masc" of "<n, masc>").
func inAngles(text string, start int) bool {
	ls := strings.LastIndexByte(text[:start], '\n') + 1
	open := strings.LastIndexByte(text[ls:start], '<')
	return open >= 0 && strings.IndexByte(text[ls+open:start], '>') < 0
}

// isLabel reports whether text[start:end] is written as a dictionary's
// label: a dot after it, and a comma, a bracket or a line start before it (`\Mac"u*late\, a.`, "(Bot.)", "[Obs.]", a line " n."),
// or inside angle brackets ("<adj>", "<n, masc>").
func isLabel(text string, start, end int) bool {
	if end < len(text) && (text[end] == '>' || text[end] == ',') {
		le := strings.IndexByte(text[end:], '\n')
		if le < 0 {
			le = len(text) - end
		}
		return inAngles(text, start) && strings.IndexByte(text[end:end+le], '>') >= 0 // a bilingual dictionary's grammar note: "<adj>", "<n, masc>"
	}
	if end >= len(text) || text[end] != '.' {
		return false
	}
	before := strings.TrimRight(text[:start], " \t")
	if before == "" {
		return true
	}
	switch before[len(before)-1] {
	case ',', '(', '[', ']', '\n':
		return true
	}
	return false
}

func newTok(b string, start int) tok {
	r, _ := utf8.DecodeRuneInString(b)
	lw := strings.ToLower(b)
	return tok{start: start, end: start + len(b), body: b, lower: lw, stem: english.Stem(lw),
		cap: unicode.IsUpper(r), digit: strings.IndexFunc(b, unicode.IsDigit) >= 0, hyphen: strings.IndexByte(b, '-') >= 0}
}

// match is how well toks hold question word w: 1 for the word or its
// stem (case-sensitively for a short capitalised name, unless a services
// table writes it in lower case as a row's protocol or name: "TCP" in
// "4190/tcp", "NNTP" in "nntp  119/tcp"; a French or Italian word
// without its elision, "accusé" for "l'accusé"), 0.8 for a word WordNet relates
// to it (a whole word, not a part of a hyphenated one), 0.5 for the head
// of a hyphenated compound ("whitelisted" of "sidebar-whitelisted": the
// thing, less what narrows it), 0 otherwise.
func match(toks []tok, w qword) float64 {
	best := 0.0
	wordHyphen := strings.IndexByte(w.lower, '-') >= 0
	unitWord := english.UnitOf(w.lower) != 0
	for i, t := range toks {
		if w.head != "" && best < 0.5 && !t.part && t.stem == w.head {
			best = 0.5
		}
		switch {
		case w.exact || w.option:
			if (t.body == w.body || ((t.slashed || t.rowName) && !w.option && t.lower == w.lower)) && !(w.option && t.part) {
				return 1 // (an option's letter is no piece of "directory's" or "don't")
			}
		case t.lower == w.lower || (t.stem == w.stem && !acronymOf(t, w)) || ((wordHyphen || t.hyphen) && hyphenVariant(toks[i:], w.lower)) || (w.elided != "" && t.lower == w.elided):
			return 1
		case best < 0.8 && len(t.stem) > 2 && !t.part && containsStr(w.rel, t.stem):
			best = 0.8 // (a part of a word, "light" of "light-years", relates nothing: the word does not say "light")
		case unitWord && best < 0.8 && !t.part && english.UnitOf(t.lower) != 0 && containsStr(w.rel, t.stem):
			best = 0.8 // a unit's symbol for its name: "ft" for "feet", "kg" for "kilograms"
		}
	}
	return best
}

// acronymOf reports whether t is a short acronym (three capitals at
// most) while the question writes w in lower case, another word that only
// stems alike ("US" of "(US border)" for "use"; a headword in capitals,
// "LAWYERS", still stems as "lawyer" does).
func acronymOf(t tok, w qword) bool {
	return len(t.body) >= 2 && len(t.body) <= 3 && strings.ToUpper(t.body) == t.body && strings.ToLower(t.body) != t.body && w.body != "" && strings.ToLower(w.body) == w.body
}

// hyphenVariant reports whether toks open with word written with or
// without its hyphens: "pseudo-random" as "Pseudo Random" or
// "pseudorandom", "email" as "e-mail".
func hyphenVariant(toks []tok, word string) bool {
	t := toks[0].lower
	wordHyphen, tokHyphen := strings.IndexByte(word, '-') >= 0, strings.IndexByte(t, '-') >= 0
	switch {
	case !wordHyphen && !tokHyphen:
		return false // the common case, without allocating
	case wordHyphen != tokHyphen && strings.ReplaceAll(t, "-", "") == strings.ReplaceAll(word, "-", ""):
		return true
	case !wordHyphen:
		return false
	}
	rest, k := word, 0
	for ; rest != ""; k++ {
		part, after, _ := strings.Cut(rest, "-")
		if k >= len(toks) || toks[k].lower != part {
			return false
		}
		rest = after
	}
	return k >= 2
}

func containsStr(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
