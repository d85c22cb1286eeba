package quotes

import "strings"

// Platforms are the social networks where people post their own words ("in a post on
// Truth Social", "wrote on X"). A credit naming one says where the speaker published,
// not which news outlet carried the words, so it is judged apart from outlet credits.
var Platforms = []string{"Truth Social", "Twitter", "Telegram", "Facebook", "Instagram", "TikTok", "YouTube", "X", "Bluesky", "Threads"}

// IsPlatform reports whether a credited source names one of Platforms (case-insensitive).
func IsPlatform(name string) bool {
	name = strings.TrimSpace(name)
	for _, p := range Platforms {
		if strings.EqualFold(name, p) {
			return true
		}
	}
	return false
}
