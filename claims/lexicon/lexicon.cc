#include "claims/lexicon/lexicon.h"

#include <algorithm>
#include <fstream>
#include <sstream>
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
      "nor", "cannot", "without", "nowhere", "не", "ни", "нет", "никогда",
      "ничего", "никто", "ні", "ніколи", "немає", "нема", "ніхто", "нічого",
  };
  return *kWords;
}

// Refuting cues: a word (or its prefix) → strength. 2: the word itself
// calls the claim false; 1: it often dismisses but also appears in neutral
// reports ("rumors", "dismissed as").
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
    {"phony", 2, true},      {"phoney", 2, true},      {"scam", 2, false},
    {"misleading", 2, true}, {"doctored", 2, true},    {"photoshop", 2, false},
    {"dismiss", 1, false},   {"reject", 1, false},     {"wrong", 1, true},
    {"incorrect", 1, true},  {"mistaken", 1, true},    {"prank", 1, false},
    {"rumor", 1, false},     {"rumour", 1, false},     {"unfounded", 2, true},
    {"nonsense", 2, true},   {"lie", 1, true},         {"lies", 1, true},
    {"lied", 1, true},       {"unconfirmed", 1, true}, {"misinformation", 2, true},
    {"disinformation", 2, true}, {"disputes", 1, true}, {"disputed", 1, true},
    {"actually", 1, true},   {"viral", 1, true},       {"despite", 1, true},
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

std::string StripMarker(std::string w) {
  // WordNet adjectives carry syntactic markers: "able(p)", "elect(ip)".
  size_t paren = w.find('(');
  if (paren != std::string::npos) w.resize(paren);
  std::transform(w.begin(), w.end(), w.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return w;
}

// The words of the synset whose line starts at byte `offset` of `data`.
std::vector<std::string> SynsetWords(const std::string& data, size_t offset) {
  std::vector<std::string> words;
  if (offset >= data.size()) return words;
  size_t end = data.find('\n', offset);
  std::istringstream in(data.substr(offset, end == std::string::npos ? std::string::npos
                                                                     : end - offset));
  std::string off, lex, type, count_hex;
  if (!(in >> off >> lex >> type >> count_hex)) return words;
  int count = static_cast<int>(std::strtol(count_hex.c_str(), nullptr, 16));
  for (int i = 0; i < count; ++i) {
    std::string word, lex_id;
    if (!(in >> word >> lex_id)) break;
    words.push_back(StripMarker(word));
  }
  return words;
}

// Reads one data.<pos> file and appends its word-to-word antonym pairs.
void LoadWordNetFile(const std::string& path,
                     std::vector<std::pair<std::string, std::string>>* out) {
  std::ifstream file(path, std::ios::binary);
  if (!file) return;
  std::string data((std::istreambuf_iterator<char>(file)), std::istreambuf_iterator<char>());
  size_t pos = 0;
  while (pos < data.size()) {
    size_t end = data.find('\n', pos);
    if (end == std::string::npos) end = data.size();
    // Header lines (the licence) start with two spaces; only lines with an
    // antonym pointer matter.
    if (data[pos] != ' ' && data.compare(pos, end - pos, "") != 0 &&
        std::string_view(data).substr(pos, end - pos).find(" ! ") != std::string_view::npos) {
      std::vector<std::string> words = SynsetWords(data, pos);
      std::istringstream in(data.substr(pos, end - pos));
      std::string tok;
      std::vector<std::string> toks;
      while (in >> tok) toks.push_back(tok);
      for (size_t i = 0; i + 3 < toks.size(); ++i) {
        if (toks[i] != "!") continue;
        const std::string& target_offset = toks[i + 1];
        const std::string& src_tgt = toks[i + 3];
        if (src_tgt.size() != 4) continue;
        int src = static_cast<int>(std::strtol(src_tgt.substr(0, 2).c_str(), nullptr, 16));
        int tgt = static_cast<int>(std::strtol(src_tgt.substr(2, 2).c_str(), nullptr, 16));
        std::vector<std::string> targets =
            SynsetWords(data, std::strtoul(target_offset.c_str(), nullptr, 10));
        if (src < 1 || tgt < 1 || src > static_cast<int>(words.size()) ||
            tgt > static_cast<int>(targets.size()))
          continue;
        const std::string& a = words[src - 1];
        const std::string& b = targets[tgt - 1];
        if (a.find('_') != std::string::npos || b.find('_') != std::string::npos) continue;
        out->emplace_back(a, b);
      }
    }
    pos = end + 1;
  }
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
  return false;
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
      {"start", "end"},       {"started", "ended"},     {"up", "down"},
      {"more", "less"},       {"higher", "lower"},      {"support", "oppose"},
      {"supports", "opposes"}, {"approve", "reject"},   {"approved", "rejected"},
      {"arrested", "released"}, {"found", "missing"},   {"success", "failure"},
      {"жив", "умер"},        {"жив", "погиб"},         {"живой", "мертвый"},
      {"подтвердил", "опроверг"}, {"правда", "ложь"},   {"рост", "падение"},
      {"живий", "помер"},     {"живий", "загинув"},     {"правда", "брехня"},
  };
}

std::vector<std::pair<std::string, std::string>> LoadAntonyms(std::string_view wordnet_dir) {
  std::vector<std::pair<std::string, std::string>> pairs = BuiltinAntonyms();
  if (wordnet_dir.empty()) return pairs;
  std::string dir(wordnet_dir);
  if (dir.back() != '/') dir.push_back('/');
  for (const char* file : {"data.adj", "data.verb", "data.adv", "data.noun"}) {
    LoadWordNetFile(dir + file, &pairs);
  }
  return pairs;
}

}  // namespace qtrack::lexicon
