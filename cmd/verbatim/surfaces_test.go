package main

import (
	"bufio"
	"encoding/json"
	"net/http"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/verbatim-rag/verbatim/rag"
)

// surfaceAnswer is what every surface must agree on.
type surfaceAnswer struct {
	Answer    string
	Abstained bool
	Citations []rag.Citation
	Checks    any
}

func agreeOn(t *testing.T, raw []byte) surfaceAnswer {
	t.Helper()
	var j rag.AnswerJSON
	require.NoError(t, json.Unmarshal(raw, &j), "%s", raw)
	var checks any // compared as JSON, so nil and empty agree the way clients see them
	b, err := json.Marshal(j.Checks)
	require.NoError(t, err)
	require.NoError(t, json.Unmarshal(b, &checks))
	return surfaceAnswer{Answer: j.Answer, Abstained: j.Abstained, Citations: j.Citations, Checks: checks}
}

func postJSON(t *testing.T, url, body string, header ...string) *http.Response {
	t.Helper()
	req, err := http.NewRequest(http.MethodPost, url, strings.NewReader(body))
	require.NoError(t, err)
	req.Header.Set("Content-Type", "application/json")
	for i := 0; i+1 < len(header); i += 2 {
		req.Header.Set(header[i], header[i+1])
	}
	resp, err := http.DefaultClient.Do(req)
	require.NoError(t, err)
	t.Cleanup(func() { resp.Body.Close() })
	require.Equal(t, http.StatusOK, resp.StatusCode)
	return resp
}

// sseData returns the data of each event of a stream, by event name
// ("" for unnamed ones), in order.
func sseData(t *testing.T, resp *http.Response) map[string][]string {
	t.Helper()
	events := map[string][]string{}
	name := ""
	sc := bufio.NewScanner(resp.Body)
	sc.Buffer(make([]byte, 1<<20), 1<<22)
	for sc.Scan() {
		line := sc.Text()
		switch {
		case strings.HasPrefix(line, "event: "):
			name = strings.TrimPrefix(line, "event: ")
		case strings.HasPrefix(line, "data: "):
			events[name] = append(events[name], strings.TrimPrefix(line, "data: "))
		case line == "":
			name = ""
		}
	}
	require.NoError(t, sc.Err())
	return events
}

// TestOneAnswerEverywhere: the same question asked through `ask --json`,
// POST /api/ask, its SSE stream and /v1/chat/completions (plain and
// streamed) with the built-in model over testdata/entries yields the same
// answer, citations and checks, in RAG and in bare mode.
func TestOneAnswerEverywhere(t *testing.T) {
	data := ingestedEntries(t)

	const question = "When was Velmora founded?"
	modes := []struct{ mode, model, flag string }{{"rag", "verbatim", ""}, {"bare", "verbatim-bare", "--bare"}}
	cli := map[string]surfaceAnswer{}
	for _, m := range modes {
		args := []string{"ask", "--json", question}
		if m.flag != "" {
			args = []string{"ask", "--json", m.flag, question}
		}
		out, _, err := run(t, data, args...)
		require.NoError(t, err)
		cli[m.mode] = agreeOn(t, []byte(out))
	}
	require.NotEmpty(t, cli["rag"].Citations, "the RAG answer cites: the comparison is not vacuous")
	require.NotNil(t, cli["rag"].Checks)
	require.NotNil(t, cli["bare"].Checks, "the bare answer is checked after the fact")

	base, _, _ := startServe(t, data)
	for _, m := range modes {
		want := cli[m.mode]
		ask := `{"question": "` + question + `", "mode": "` + m.mode + `"}`
		t.Run(m.mode, func(t *testing.T) {
			var api json.RawMessage
			require.NoError(t, json.NewDecoder(postJSON(t, base+"/api/ask", ask).Body).Decode(&api))
			assert.Equal(t, want, agreeOn(t, api), "POST /api/ask")

			ev := sseData(t, postJSON(t, base+"/api/ask", ask, "Accept", "text/event-stream"))
			require.Len(t, ev["answer"], 1, "one answer event")
			assert.Equal(t, want, agreeOn(t, []byte(ev["answer"][0])), "the SSE answer event")

			chat := `{"model": "` + m.model + `", "messages": [{"role": "user", "content": "` + question + `"}]}`
			var c struct {
				Choices []struct {
					Message struct{ Content string } `json:"message"`
				} `json:"choices"`
				Citations []rag.Citation  `json:"citations"`
				Verbatim  json.RawMessage `json:"verbatim"`
			}
			require.NoError(t, json.NewDecoder(postJSON(t, base+"/v1/chat/completions", chat).Body).Decode(&c))
			assert.Equal(t, want, agreeOn(t, c.Verbatim), "/v1/chat/completions")
			assert.Equal(t, want.Citations, c.Citations, "its citations field")
			require.Len(t, c.Choices, 1)
			assert.True(t, strings.HasPrefix(c.Choices[0].Message.Content, want.Answer), "the text opens with the answer")

			stream := strings.Replace(chat, `"messages"`, `"stream": true, "messages"`, 1)
			chunks := sseData(t, postJSON(t, base+"/v1/chat/completions", stream))[""]
			require.GreaterOrEqual(t, len(chunks), 2)
			assert.Equal(t, "[DONE]", chunks[len(chunks)-1])
			var last struct {
				Citations []rag.Citation  `json:"citations"`
				Verbatim  json.RawMessage `json:"verbatim"`
			}
			require.NoError(t, json.Unmarshal([]byte(chunks[len(chunks)-2]), &last))
			assert.Equal(t, want, agreeOn(t, last.Verbatim), "/v1/chat/completions streamed")
			if len(want.Citations) > 0 {
				assert.Equal(t, want.Citations, last.Citations, "the streamed citations field")
			}
		})
	}
}
