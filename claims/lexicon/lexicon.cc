#include "claims/lexicon/lexicon.h"

#include <algorithm>
#include <fstream>
#include <iterator>
#include <string>
#include <unordered_map>
#include <unordered_set>

namespace qtrack::lexicon {
namespace {

using WordSet = std::unordered_set<std::string_view>;

const WordSet& StopWords() {
  static const WordSet* kWords = new WordSet{
      // English function words. Negations are not here: they are tracked,
      // not dropped (see IsNegation).
      "a", "about", "above", "after", "again", "against", "all", "also", "am",
      "an", "and", "any", "are", "as", "at", "be", "because", "been", "before",
      "being", "below", "between", "both", "but", "by", "can", "could", "did",
      "do", "does", "doing", "down", "during", "each", "few", "for", "from",
      "further", "had", "has", "have", "having", "he", "her", "here", "hers",
      "herself", "him", "himself", "his", "how", "i", "if", "in", "into", "is",
      "it", "its", "itself", "just", "me", "more", "most", "my", "myself",
      "of", "off", "on", "once", "only", "or", "other", "our", "ours",
      "ourselves", "out", "over", "own", "same", "she", "should", "so", "some",
      "such", "than", "that", "the", "their", "theirs", "them", "themselves",
      "then", "there", "these", "they", "this", "those", "through", "to",
      "too", "under", "until", "up", "very", "was", "we", "were", "what",
      "when", "where", "which", "while", "who", "whom", "why", "will", "with",
      "would", "you", "your", "yours", "yourself", "yourselves", "'s", "s",
      "it's", "he's", "she's", "that's", "there's", "they're", "we're",
      "i'm", "you're", "i've", "we've", "they've", "may", "might", "must",
      "shall", "upon", "via", "per", "yet", "whether", "however", "ago",
      // Russian.
      "и", "в", "во", "на", "с", "со", "что", "как", "а", "то", "все", "она",
      "так", "его", "но", "да", "ты", "к", "у", "же", "вы", "за", "бы", "по",
      "только", "ее", "её", "мне", "было", "вот", "от", "меня", "еще", "ещё",
      "о", "из", "ему", "теперь", "когда", "даже", "ну", "вдруг", "ли",
      "если", "уже", "или", "быть", "был", "была", "были", "было", "него",
      "до", "вас", "нибудь", "опять", "уж", "вам", "ведь", "там", "потом",
      "себя", "ей", "может", "они", "тут", "где", "есть", "надо", "ней",
      "для", "мы", "тебя", "их", "чем", "сам", "чтобы", "без", "будто",
      "чего", "раз", "тоже", "себе", "под", "будет", "ж", "тогда", "кто",
      "этот", "того", "потому", "этого", "какой", "совсем", "ним", "здесь",
      "этом", "один", "почти", "мой", "тем", "чтоб", "нее", "сейчас", "куда",
      "зачем", "всех", "можно", "при", "об", "это", "эти", "этой", "также",
      "он", "я", "которые", "который", "которая", "после",
      // Ukrainian.
      "і", "й", "та", "що", "як", "це", "з", "із", "зі", "до", "від", "для",
      "про", "по", "при", "але", "або", "чи", "ще", "вже", "він", "вона",
      "воно", "вони", "ми", "ви", "я", "його", "її", "їх", "був", "була",
      "було", "були", "є", "бути", "також", "який", "яка", "які", "цей",
      "ця", "ці", "той", "та", "тому", "так", "у", "в", "на", "за", "під",
      "над", "між", "через", "після", "би", "б", "же", "лише", "тільки",
  };
  return *kWords;
}

const WordSet& Negations() {
  static const WordSet* kWords = new WordSet{
      "not", "no", "never", "n't", "nobody", "nothing", "none", "neither",
      // Not "without": "without the man's knowledge" negates no claim.
      "nor", "cannot", "nowhere", 
      // "n't" written without its apostrophe, as some outlets print it.
      "dont", "didnt", "doesnt", "isnt", "wasnt", "cant", "arent", "werent",
      "hasnt", "havent", "hadnt", "couldnt", "wouldnt", "shouldnt", "wont",
      "не", "ни", "нет", "никогда",
      "ничего", "никто", "ні", "ніколи", "немає", "нема", "ніхто", "нічого",
  };
  return *kWords;
}

// Refuting cues: a word (or its prefix) → strength. 2: the word itself
// calls the claim false; 1: it often dismisses but also appears in neutral
// reports ("dismissed as").
// Pruned by claims/tools/refuting_cue_support.py on the dev pair sets: out
// went the cues that mark fewer than half of the Emergent pairs they tell
// apart as contradictions ("rumor", "rumour", "unconfirmed", "legend",
// "prank", "conspiracy": they report a claim, they don't refute it) and
// those that never mark an Emergent contradiction but tell MRPC paraphrases
// apart twice or more ("reject", "fraud", "phony", "skeptic"; with them
// "phoney", "sceptic"). The deny family stays whatever the counts: a denial
// is never an assertion (issue 19).
struct Cue {
  std::string_view prefix;
  int strength;
  bool whole_word;  // match the word exactly rather than as a prefix
};

constexpr Cue kCues[] = {
    {"deny", 2, false},      {"denies", 2, true},      {"denied", 2, true},
    {"denial", 2, false},    {"denying", 2, true},     {"hoax", 2, false},
    {"fake", 2, false},      {"false", 2, false},      {"debunk", 2, false},
    {"untrue", 2, true},     {"bogus", 2, true},       {"baseless", 2, true},
    {"myth", 2, false},      {"fabricat", 2, false},   {"refut", 2, false},
    {"satire", 2, true},     {"satirical", 2, true},   {"spoof", 2, false},
    {"scam", 2, false},
    {"misleading", 2, true}, {"doctored", 2, true},    {"photoshop", 2, false},
    {"dismiss", 1, false},   {"wrong", 1, true},
    {"incorrect", 1, true},  {"mistaken", 1, true},    {"unfounded", 2, true},
    {"nonsense", 2, true},   {"lie", 1, true},         {"lies", 1, true},
    {"lied", 1, true},       {"misinformation", 2, true},
    {"disinformation", 2, true}, {"disputes", 1, true}, {"disputed", 1, true},
    {"actually", 1, true},   {"viral", 1, true},       {"despite", 1, true},
    {"rubbish", 2, true},    {"fooled", 2, true},      {"exaggerat", 1, false},
    {"doubt", 1, false},     {"fiction", 2, false},    {"fictional", 2, true},
    {"parody", 2, false},    {"joke", 1, false},       {"duped", 2, true},
    {"unbelievable", 1, true},
    {"nope", 2, true},       {"debunked", 2, true},
    {"retract", 2, false},
    {"questionable", 1, true}, {"dubious", 1, true},   {"imposter", 2, true},
    {"impostor", 2, true},   {"hoaxer", 2, true},      {"fakes", 2, true},
    {"inaccurate", 2, true}, {"erroneous", 2, true},   {"bullshit", 2, true},
    {"rebuff", 1, false},    {"hoaxes", 2, true},
    // Russian and Ukrainian (matched as prefixes of the inflected word).
    {"опроверг", 2, false},  {"опровер", 2, false},    {"фейк", 2, false},
    {"ложн", 2, false},      {"ложь", 2, true},        {"неправд", 2, false},
    {"выдумк", 2, false},    {"отрица", 2, false},     {"вброс", 2, false},
    {"дезинформ", 2, false}, {"спростов", 2, false},   {"спросту", 2, false},
    {"брехн", 2, false},     {"запереч", 2, false},    {"вигадк", 2, false},
    {"слух", 1, false},      {"чутк", 1, false},
};

const WordSet& Hedges() {
  static const WordSet* kWords = new WordSet{
      "reportedly", "report", "reports", "reported", "claim", "claims",
      "claimed", "allegedly", "alleged", "according", "purportedly",
      "apparently", "possibly", "probably", "may", "might", "could", "rumor",
      "rumors", "rumour", "rumours", "says", "say", "said", "suggests",
      "speculation", "unconfirmed", "sources", "source", "report:", "likely",
      "якобы", "вероятно", "возможно", "сообщает", "сообщают", "нібито",
      "ймовірно", "можливо", "повідомляє",
  };
  return *kWords;
}

// Splits off the next space-separated field of `*line`.
std::string_view NextField(std::string_view* line) {
  size_t start = line->find_first_not_of(' ');
  if (start == std::string_view::npos) {
    *line = {};
    return {};
  }
  line->remove_prefix(start);
  size_t end = line->find(' ');
  std::string_view field = line->substr(0, end);
  line->remove_prefix(end == std::string_view::npos ? line->size() : end);
  return field;
}

long ParseInt(std::string_view s, int base) {
  return std::strtol(std::string(s).c_str(), nullptr, base);
}

std::string_view LineAt(std::string_view data, size_t offset) {
  if (offset >= data.size()) return {};
  size_t end = data.find('\n', offset);
  return data.substr(offset, end == std::string_view::npos ? std::string_view::npos : end - offset);
}

std::string Lemma(std::string_view w) {
  // WordNet adjectives carry syntactic markers: "able(p)", "elect(ip)".
  w = w.substr(0, w.find('('));
  std::string out(w);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// The words of a synset line of data.<pos>; `*rest` is left at p_cnt.
std::vector<std::string> SynsetWords(std::string_view line, std::string_view* rest = nullptr) {
  std::vector<std::string> words;
  NextField(&line);  // synset_offset
  NextField(&line);  // lex_filenum
  NextField(&line);  // ss_type
  long count = ParseInt(NextField(&line), 16);
  for (long i = 0; i < count && !line.empty(); ++i) {
    words.push_back(Lemma(NextField(&line)));
    NextField(&line);  // lex_id
  }
  if (rest) *rest = line;
  return words;
}

std::string ReadFile(const std::string& path);

std::string ReadFile(const std::string& path) {
  std::ifstream file(path, std::ios::binary | std::ios::ate);
  if (!file) return {};
  std::string out(static_cast<size_t>(file.tellg()), '\0');
  file.seekg(0);
  file.read(out.data(), static_cast<std::streamsize>(out.size()));
  out.resize(static_cast<size_t>(file.gcount()));
  return out;
}

}  // namespace

bool IsStopWord(std::string_view w) { return StopWords().count(w) > 0; }

bool IsNegation(std::string_view w) {
  if (w.size() > 3 && w.ends_with("n't")) return true;
  return Negations().count(w) > 0;
}

int RefutingCueStrength(std::string_view w) {
  for (const Cue& cue : kCues) {
    if (cue.whole_word ? w == cue.prefix : w.starts_with(cue.prefix)) return cue.strength;
  }
  return 0;
}

bool IsRefutingPhrase(std::string_view first, std::string_view second) {
  if (first == "no" || first == "нет" || first == "немає")
    return second == "evidence" || second == "proof" || second == "truth" ||
           second == "доказательств" || second == "доказів";
  if (first == "not" || first == "isn't" || first == "wasn't" || first == "не")
    return second == "true" || second == "real" || second == "happen" ||
           second == "правда" || second == "соответствует" || second == "відповідає";
  if (first == "never") return second == "happened" || second == "existed" || second == "said";
  if (first == "made" || first == "making" || first == "make" || first == "makes")
    return second == "up";
  if (first == "shoots" || first == "shot" || first == "shoot") return second == "down";
  if (first == "cast" || first == "casts") return second == "doubt";
  if (first == "fact" && second == "check") return true;
  if (first == "fell" || first == "fall" || first == "falls") return second == "for";
  if (first == "urban") return second == "legend";
  return false;
}

bool IsRefutingTriple(std::string_view a, std::string_view b, std::string_view c) {
  if (a == "put" || a == "puts" || a == "laid" || a == "lays") return b == "to" && c == "rest";
  if (a == "not" || a == "isn't" || a == "isnt") return b == "a" && (c == "thing" || c == "real");
  if (b == "raises" || b == "raise" || b == "raised" || b == "casts" || b == "cast")
    return c == "doubts" || c == "doubt" || c == "questions";
  if (a == "too" && b == "good" && c == "to") return true;
  if (b == "kills" || b == "squashes" || b == "quashes" || b == "dispels" || b == "dispel")
    return c.starts_with("rumo") || c == "reports" || c == "claims" || c == "myth";
  return false;
}

bool IsRefutingOpener(std::string_view w) {
  return w == "no" || w == "sorry" || w == "nope" || w == "relax" || w == "nah";
}

bool IsNewsroomFormula(std::string_view w) {
  return w == "comment" || w == "comments" || w == "commenting" || w == "immediately" ||
         w == "immediate" || w == "reached" || w == "available" || w == "return" ||
         w == "returned" || w == "respond" || w == "responded";
}

int LifeClass(std::string_view w) {
  static const WordSet* kDeath = new WordSet{
      "dead", "died", "dies", "die", "death", "killed", "slain", "deceased", "perished",
      "умер", "погиб", "мертв", "помер", "загинув"};
  static const WordSet* kAlive = new WordSet{
      "alive", "survived", "survives", "survivor", "unharmed", "safe", "living", "жив",
      "живой", "живий"};
  if (kDeath->count(w)) return 1;
  if (kAlive->count(w)) return 2;
  return 0;
}

bool CancelsCue(std::string_view before_previous, std::string_view previous) {
  // "refuses to confirm or deny": no side taken.
  return previous == "or" && (before_previous == "confirm" || before_previous == "confirmed");
}

bool IsHedge(std::string_view w) { return Hedges().count(w) > 0; }

double ScaleWord(std::string_view w) {
  if (w == "thousand" || w == "тысяч" || w == "тысячи" || w == "тисяч" || w == "k") return 1e3;
  if (w == "million" || w == "millions" || w == "m" || w == "mln" || w == "млн" ||
      w == "миллион" || w == "миллиона" || w == "миллионов" || w == "мільйон" ||
      w == "мільйона" || w == "мільйонів")
    return 1e6;
  if (w == "billion" || w == "billions" || w == "bn" || w == "b" || w == "млрд" ||
      w == "миллиард" || w == "миллиарда" || w == "миллиардов" || w == "мільярд" ||
      w == "мільярда" || w == "мільярдів")
    return 1e9;
  if (w == "trillion" || w == "трлн") return 1e12;
  return 0;
}

double NumberWord(std::string_view w) {
  static const std::unordered_map<std::string_view, double>* kWords =
      new std::unordered_map<std::string_view, double>{
          {"one", 1},    {"two", 2},     {"three", 3},   {"four", 4},   {"five", 5},
          {"six", 6},    {"seven", 7},   {"eight", 8},   {"nine", 9},   {"ten", 10},
          {"eleven", 11}, {"twelve", 12}, {"dozen", 12}, {"hundred", 100},
          {"один", 1},   {"два", 2},     {"три", 3},     {"четыре", 4}, {"пять", 5},
          {"два", 2},    {"дві", 2},     {"три", 3},     {"чотири", 4}, {"п'ять", 5},
      };
  auto it = kWords->find(w);
  return it == kWords->end() ? -1 : it->second;
}

std::vector<std::pair<std::string, std::string>> BuiltinAntonyms() {
  // The pairs news contradictions turn on, including cross-POS ones WordNet
  // does not link ("alive" / "died").
  return {
      {"alive", "dead"},      {"alive", "died"},        {"alive", "killed"},
      {"alive", "die"},       {"survived", "died"},     {"survived", "killed"},
      {"live", "die"},        {"lives", "dies"},        {"confirmed", "denied"},
      {"confirm", "deny"},    {"confirms", "denies"},   {"true", "false"},
      {"real", "fake"},       {"increase", "decrease"}, {"increased", "decreased"},
      {"win", "lose"},        {"won", "lost"},          {"wins", "loses"},
      {"rise", "fall"},       {"rose", "fell"},         {"rises", "falls"},
      {"open", "closed"},     {"opened", "closed"},     {"open", "close"},
      {"guilty", "innocent"}, {"accept", "reject"},     {"accepted", "rejected"},
      {"allow", "ban"},       {"allowed", "banned"},    {"legal", "illegal"},
      {"support", "oppose"},   {"alive", "death"},
      {"supports", "opposes"}, {"approve", "reject"},   {"approved", "rejected"},
      {"arrested", "released"}, {"success", "failure"}, {"safe", "captured"},
      {"safe", "kidnapped"},  {"safe", "stolen"},       {"safe", "missing"},  {"safe", "killed"},       {"safe", "dead"},
      {"жив", "умер"},        {"жив", "погиб"},         {"живой", "мертвый"},
      {"подтвердил", "опроверг"}, {"правда", "ложь"},   {"рост", "падение"},
      {"живий", "помер"},     {"живий", "загинув"},     {"правда", "брехня"},
  };
}

namespace {
#include "claims/lexicon/wordnet_antonyms.inc"
#include "claims/lexicon/wordnet_exceptions.inc"
}  // namespace

std::string_view BaseForm(std::string_view w) {
  // The table is sorted by form (byte order).
  const auto* end = std::end(kWordNetExceptions);
  const auto* it = std::lower_bound(std::begin(kWordNetExceptions), end, w,
                                    [](const auto& entry, std::string_view key) {
                                      return entry.first < key;
                                    });
  return it != end && it->first == w ? it->second : w;
}

std::vector<std::pair<std::string, std::string>> LoadAntonyms(std::string_view wordnet_dir) {
  std::vector<std::pair<std::string, std::string>> pairs = BuiltinAntonyms();
  if (wordnet_dir.empty()) return pairs;
  // WordNet's, generated from Debian's wordnet-base when the code is built
  // (claims/tools/gen_wordnet_antonyms.py): nothing to read at run time.
  for (const auto& [a, b] : kWordNetAntonyms) pairs.emplace_back(a, b);
  return pairs;
}

namespace {

// Calls fn(lemma, rest-after-tagsense_cnt, tagsense_cnt) for every
// single-word lemma line of index.<pos>.
template <typename Fn>
void ForEachIndexLine(std::string_view index, Fn fn) {
  size_t pos = 0;
  while (pos < index.size()) {
    std::string_view line = LineAt(index, pos);
    pos += line.size() + 1;
    if (line.empty() || line[0] == ' ') continue;
    std::string_view lemma = NextField(&line);
    if (lemma.find('_') != std::string_view::npos) continue;
    NextField(&line);  // pos
    long synsets = ParseInt(NextField(&line), 10);
    long pointers = ParseInt(NextField(&line), 10);
    for (long i = 0; i < pointers; ++i) NextField(&line);
    NextField(&line);  // sense_cnt
    long tagged = ParseInt(NextField(&line), 10);
    fn(lemma, line, synsets, tagged);
  }
}

std::string WithSlash(std::string_view dir) {
  std::string out(dir);
  if (!out.empty() && out.back() != '/') out.push_back('/');
  return out;
}

}  // namespace

std::vector<std::pair<std::string, std::vector<std::string>>> LoadSynonyms(
    std::string_view wordnet_dir, int senses) {
  std::vector<std::pair<std::string, std::vector<std::string>>> out;
  if (wordnet_dir.empty()) return out;
  std::string dir = WithSlash(wordnet_dir);
  for (const char* pos : {"noun", "verb", "adj", "adv"}) {
    std::string index = ReadFile(dir + "index." + pos);
    std::string data = ReadFile(dir + "data." + pos);
    if (index.empty() || data.empty()) continue;
    ForEachIndexLine(index, [&](std::string_view lemma, std::string_view offsets,
                                long synsets, long) {
      std::vector<std::string> synonyms;
      for (long i = 0; i < synsets && i < senses; ++i) {
        std::string_view offset = NextField(&offsets);
        if (offset.empty()) break;
        for (std::string& w : SynsetWords(LineAt(data, ParseInt(offset, 10)))) {
          if (w != lemma && w.find('_') == std::string::npos) synonyms.push_back(std::move(w));
        }
      }
      if (!synonyms.empty()) out.emplace_back(std::string(lemma), std::move(synonyms));
    });
  }
  return out;
}

std::vector<std::pair<std::string, int>> LoadLemmaCounts(std::string_view wordnet_dir) {
  std::vector<std::pair<std::string, int>> out;
  if (wordnet_dir.empty()) return out;
  std::string dir = WithSlash(wordnet_dir);
  for (const char* pos : {"noun", "verb", "adj", "adv"}) {
    std::string index = ReadFile(dir + "index." + pos);
    ForEachIndexLine(index, [&](std::string_view lemma, std::string_view, long, long tagged) {
      out.emplace_back(std::string(lemma), static_cast<int>(tagged));
    });
  }
  return out;
}

}  // namespace qtrack::lexicon
