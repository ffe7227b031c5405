package generate

import (
	"errors"
	"fmt"
	"strings"
	"text/template"
)

// Abstention is the exact sentence the default RAG prompt asks a model to
// give when the passages do not contain the answer.
const Abstention = "I cannot find the answer in the provided documents."

// NotFound is what RAG mode answers when the passages do not hold the
// answer: retrieval found nothing relevant, or the built-in reader's
// confidence stayed below its threshold.
const NotFound = "The documents do not contain the answer."

// BareAbstention is the exact sentence the default bare prompt asks a model
// to give when it does not know the answer.
const BareAbstention = "I don't know."

// DefaultRAGPrompt is the prompt template for RAG mode. A template may
// define "system" and "user"; a template that defines neither is used whole
// as the user message. The data is a PromptData.
const DefaultRAGPrompt = `{{define "system"}}You answer questions using only the numbered passages the user gives you.
- Base every statement on the passages; add nothing from outside knowledge.
- After each sentence, cite the passages it uses by number in square brackets, like [1] or [1][3].
- Copy numbers, dates and names exactly as the passages give them.
- If the passages do not contain the answer, reply with exactly this sentence and nothing else: {{.Abstention}}
- Answer briefly.{{end}}{{define "user"}}Passages:

{{range .Sources}}[{{.N}}] {{.Where}}{{if .Title}} | {{.Title}}{{end}}{{if .Section}} > {{.Section}}{{end}}
{{.Text}}

{{end}}Question: {{.Question}}{{end}}`

// DefaultBarePrompt is the prompt template for bare mode: the question
// alone, answered from the model's own parameters.
const DefaultBarePrompt = `{{define "system"}}Answer the question from your own knowledge, briefly and factually. Give names, dates and numbers exactly. If you do not know the answer, reply with exactly this sentence and nothing else: {{.Abstention}}{{end}}{{define "user"}}Question: {{.Question}}{{end}}`

// Prompt holds the prompt templates (Go text/template); empty means the
// default.
type Prompt struct {
	RAG  string `mapstructure:"rag"`
	Bare string `mapstructure:"bare"`
}

// Config is what every generator shares about prompts and the context
// budget.
type Config struct {
	Prompt        Prompt `mapstructure:"prompt"`
	ContextTokens int    `mapstructure:"context_tokens"` // the model's context length
	AnswerTokens  int    `mapstructure:"answer_tokens"`  // reserved for the answer when a request gives none
}

// DefaultConfig returns the defaults: the built-in templates, a 4096-token
// context (Ollama's default) and 512 answer tokens.
func DefaultConfig() Config {
	return Config{ContextTokens: 4096, AnswerTokens: 512}
}

// PromptSource is a passage as a prompt template sees it.
type PromptSource struct {
	N       int    // number to cite it by
	Where   string // "notes/a.md:12-14"
	Title   string
	Section string
	Text    string // the exact passage text
}

// PromptData is the data a prompt template is executed with.
type PromptData struct {
	Question   string
	Mode       Mode
	Sources    []PromptSource // empty in bare mode
	Abstention string         // Abstention or BareAbstention
}

// Message is one chat message of a prompt.
type Message struct {
	Role    string // "system" or "user"
	Content string
}

// ErrPromptTooLong is returned when the prompt without any passage already
// leaves no room for the answer in the context.
var ErrPromptTooLong = errors.New("generate: prompt too long for the context")

// Builder renders prompts from parsed templates and packs passages into the
// context budget. It is safe for concurrent use.
type Builder struct {
	cfg  Config
	rag  *template.Template
	bare *template.Template
}

// NewBuilder parses and trial-runs the templates of cfg.
func NewBuilder(cfg Config) (*Builder, error) {
	if cfg.ContextTokens <= 0 {
		return nil, fmt.Errorf("generate: context_tokens must be positive, got %d", cfg.ContextTokens)
	}
	if cfg.AnswerTokens < 0 || cfg.AnswerTokens >= cfg.ContextTokens {
		return nil, fmt.Errorf("generate: answer_tokens %d must be between 0 and context_tokens %d", cfg.AnswerTokens, cfg.ContextTokens)
	}
	b := &Builder{cfg: cfg}
	var err error
	if b.rag, err = parsePrompt("rag", cfg.Prompt.RAG, DefaultRAGPrompt); err != nil {
		return nil, err
	}
	if b.bare, err = parsePrompt("bare", cfg.Prompt.Bare, DefaultBarePrompt); err != nil {
		return nil, err
	}
	sample := Source{N: 1}
	sample.Passage.Text = "sample passage"
	for _, m := range []Mode{RAG, Bare} {
		if _, err := b.Messages(Request{Question: "sample?", Mode: m, Sources: []Source{sample}}); err != nil {
			return nil, err
		}
	}
	return b, nil
}

func parsePrompt(name, text, def string) (*template.Template, error) {
	if strings.TrimSpace(text) == "" {
		text = def
	}
	t, err := template.New(name).Option("missingkey=error").Parse(text)
	if err != nil {
		return nil, fmt.Errorf("generate: prompt.%s template: %w", name, err)
	}
	return t, nil
}

// Config returns the configuration the builder was made with.
func (b *Builder) Config() Config { return b.cfg }

// Messages renders the prompt for req: a system message (when the template
// defines one) and a user message. Sources are shown as numbered in req.
func (b *Builder) Messages(req Request) ([]Message, error) {
	t, data := b.rag, PromptData{Question: req.Question, Mode: RAG, Abstention: Abstention}
	if req.Mode == Bare {
		t, data = b.bare, PromptData{Question: req.Question, Mode: Bare, Abstention: BareAbstention}
	} else {
		data.Sources = promptSources(req.Sources)
	}
	var msgs []Message
	if sys := t.Lookup("system"); sys != nil {
		s, err := execute(sys, data)
		if err != nil {
			return nil, err
		}
		msgs = append(msgs, Message{Role: "system", Content: s})
	}
	user := t.Lookup("user")
	if user == nil {
		user = t
	}
	u, err := execute(user, data)
	if err != nil {
		return nil, err
	}
	return append(msgs, Message{Role: "user", Content: u}), nil
}

func execute(t *template.Template, data PromptData) (string, error) {
	var sb strings.Builder
	if err := t.Execute(&sb, data); err != nil {
		return "", fmt.Errorf("generate: prompt template: %w", err)
	}
	return strings.TrimSpace(sb.String()), nil
}

func promptSources(sources []Source) []PromptSource {
	out := make([]PromptSource, len(sources))
	for i, s := range sources {
		where := s.Span.String()
		if s.Span.Path == "" {
			where = s.Passage.Path
		}
		out[i] = PromptSource{N: s.N, Where: where, Title: s.Passage.Title, Section: s.Passage.Section, Text: s.Passage.Text}
	}
	return out
}

// MeasureMessages estimates the tokens msgs take, with MessageOverhead per
// message.
func MeasureMessages(msgs []Message) int {
	n := 0
	for _, m := range msgs {
		n += EstimateTokens(m.Content) + MessageOverhead
	}
	return n
}
