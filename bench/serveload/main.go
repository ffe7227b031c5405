// Command serveload measures `verbatim serve` under concurrent clients:
// each of -clients goroutines asks GET /api/search for the questions of a
// question set in turn (each client starting at its own offset) for
// -duration, over loopback HTTP with keep-alive, and it prints one JSON
// object: requests, errors, throughput and latency p50/p90/p99 (ms).
//
// Usage (a server already running on the data folder):
//
//	go run ./bench/serveload -url http://127.0.0.1:8080 -questions Q.jsonl \
//	    [-clients 50] [-duration 20s] [-k 10] [-out FILE]
//
// The question set is JSON lines with "q" (bench/run.sh's format).
package main

import (
	"bufio"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"os"
	"slices"
	"sync"
	"time"

	"github.com/verbatim-rag/verbatim/bench/internal/stats"
)

func main() {
	if err := run(); err != nil {
		fmt.Fprintln(os.Stderr, "serveload:", err)
		os.Exit(1)
	}
}

func run() error {
	base := flag.String("url", "http://127.0.0.1:8080", "server address")
	qpath := flag.String("questions", "", "question set, JSON lines with q")
	clients := flag.Int("clients", 50, "concurrent clients")
	duration := flag.Duration("duration", 20*time.Second, "how long to ask")
	k := flag.Int("k", 10, "passages per search")
	out := flag.String("out", "", "also write the JSON here")
	flag.Parse()
	if *qpath == "" || *clients <= 0 {
		return errors.New("-questions is required and -clients must be positive")
	}
	qs, err := readQuestions(*qpath)
	if err != nil {
		return err
	}
	client := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: *clients}, Timeout: time.Minute}
	var (
		mu     sync.Mutex
		lat    []float64
		errs   int
		wg     sync.WaitGroup
		cutoff = time.Now().Add(*duration)
	)
	start := time.Now()
	for c := range *clients {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := c * 7; time.Now().Before(cutoff); i++ {
				u := fmt.Sprintf("%s/api/search?k=%d&q=%s", *base, *k, url.QueryEscape(qs[i%len(qs)]))
				t := time.Now()
				err := get(client, u)
				ms := float64(time.Since(t).Nanoseconds()) / 1e6
				mu.Lock()
				if err != nil {
					errs++
				} else {
					lat = append(lat, ms)
				}
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	secs := time.Since(start).Seconds()
	slices.Sort(lat)
	res := map[string]any{
		"clients": *clients, "seconds": stats.Round(secs, 2), "requests": len(lat), "errors": errs,
		"requests_per_s": stats.Round(float64(len(lat))/secs, 1),
		"search_p50_ms":  stats.Round(stats.Percentile(lat, 50), 3),
		"search_p90_ms":  stats.Round(stats.Percentile(lat, 90), 3),
		"search_p99_ms":  stats.Round(stats.Percentile(lat, 99), 3),
	}
	b, err := json.MarshalIndent(res, "", "  ")
	if err != nil {
		return err
	}
	fmt.Println(string(b))
	if *out != "" {
		return os.WriteFile(*out, append(b, '\n'), 0o644)
	}
	return nil
}

func get(c *http.Client, u string) error {
	resp, err := c.Get(u)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if _, err := io.Copy(io.Discard, resp.Body); err != nil {
		return err
	}
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("%s: %s", u, resp.Status)
	}
	return nil
}

func readQuestions(path string) ([]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var qs []string
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		var q struct {
			Q string `json:"q"`
		}
		if len(sc.Bytes()) == 0 {
			continue
		}
		if err := json.Unmarshal(sc.Bytes(), &q); err != nil || q.Q == "" {
			return nil, fmt.Errorf("%s:%d: not a question line with \"q\" (%v)", path, n, err)
		}
		qs = append(qs, q.Q)
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	if len(qs) == 0 {
		return nil, fmt.Errorf("%s: no questions", path)
	}
	return qs, nil
}
