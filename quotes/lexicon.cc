// File: quotes/lexicon.cc
//
// Tables first, lookups after. English cue rates come from PolNeAR train
// (cue_lexicon_mined.inc); the hand-added forms (Russian, Ukrainian, and
// English cues the corpus has too rarely) get a rate by judgement.
#include "quotes/lexicon.h"

#include <algorithm>
#include <cstring>
#include <string>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "common/hash.h"
#include "quotes/internal/cyrillic_lexicon.h"
#include "quotes/internal/words.h"
#include "text/abbreviations.h"

namespace qtrack::quotes_internal {
namespace {

struct MinedCue {
  const char* form;
  int count;
  float rate;
};

constexpr MinedCue kMinedCues[] = {
#include "quotes/cue_lexicon_mined.inc"
};

struct MinedParticleCue {
  const char* verb;
  const char* particle;
  int count;
  float rate;
};

constexpr MinedParticleCue kMinedParticleCues[] = {
#include "quotes/cue_particles_mined.inc"
};

// Keyed "verb particle"; the keys live in a vector that never reallocates
// after the map is built.
using ParticleMap = absl::flat_hash_map<std::string_view, CueEntry>;

const ParticleMap& ParticleCues() {
  // Held by a static so leak checkers see it reachable.
  static std::vector<std::string>* keys = new std::vector<std::string>;
  static const ParticleMap* map = [] {
    auto* m = new ParticleMap;
    keys->reserve(std::size(kMinedParticleCues));
    for (const MinedParticleCue& c : kMinedParticleCues) {
      std::string_view verb(c.verb);
      if (verb == "according" || verb == "said") continue;  // single-word cues already
      uint32_t flags = kCueSpeech | kCueParticle;
      if (c.rate < 0.45f) flags |= kCueWeak;
      if (verb.size() > 3 && verb.substr(verb.size() - 3) == "ing") flags |= kCueParticiple;
      keys->push_back(std::string(verb) + " " + c.particle);
      (*m)[std::string_view(keys->back())] = CueEntry{flags, c.rate};
    }
    return m;
  }();
  return *map;
}

// Cues that take an object before their content: "told Reuters that ...".
constexpr const char* kObjectCues[] = {
    "told", "tells", "telling", "asked", "asking", "asks", "urged", "urging",
    "warned", "warning", "reminded", "reminding", "assured", "informed",
    "thanked", "thanking", "persuaded", "convinced", "notified",
    "сообщил", "сообщила", "сказал", "сказала", "повідомив", "повідомила",
    "сказав"};

// Cues that mostly report findings, stances or acts rather than speech:
// kept for the `all` view, never trusted to carry a direct quote alone.
constexpr const char* kWeakCues[] = {
    "found", "show", "shows", "showed", "showing", "seemed", "seems",
    "appears", "appeared", "appear", "expected", "endorsed", "supported",
    "backed", "backing", "opposed", "sought", "seeking", "plans", "named",
    "considered", "read", "reads", "finds", "listed", "titled", "deemed",
    "estimated", "projected", "hopes", "hoping", "hoped", "thinks", "sees",
    "believes", "offered", "attacked", "criticized", "praised", "accused",
    "endorses", "considers", "fearing", "prefers", "predicted", "signaled"};

// Beliefs, wishes, plans and stances PolNeAR attributes ("voters want",
// "she plans to", "critics doubt"), and forms of mined cues too rare in
// train to be mined. Weak cues with a low prior. Each form was kept only
// where its attributions on PolNeAR train were right at least half the
// time and it lost nothing on dev.
constexpr const char* kStanceCues[] = {
    "blame", "confident", "published", "see", "tell", "agree", "consider", "planning",
    "ask", "looking", "wanted", "planned", "endorse", "discuss", "eager", "favor",
    "attacking", "seek", "want", "decided", "know", "views", "seem", "required", "remember",
    "issued", "ignored", "criticism", "advice", "concerned", "explain", "recognize",
    "understands", "pushing", "pressed", "adamant", "shocked", "favors", "voiced",
    "respond", "thinking", "advocate", "detailed", "addressing", "thank", "praise",
    "opposing", "persuade", "reject", "demonstrate", "encourage", "ignore", "wonder",
    "express", "promote", "convince", "aim", "dispute", "knowing", "remark", "realize",
    "criticize", "witness", "apologized", "advocating", "wanting", "declare", "aims",
    "recall", "condemn", "expressing", "seeming", "remind", "portray", "intends",
    "worrying", "resist", "emphasize", "signals", "caution", "debating", "expose", "boasts",
    "articulate", "favoring", "rebuke", "agreeing", "propose", "invoking", "championing",
    "concede", "rejects", "illustrated", "indicating", "promotes", "speculate", "chant",
    "accuse", "yelling", "hammering", "attributes", "tout", "emphasizes", "exposing",
    "exposes", "criticizes", "witnessing", "contemplating", "requesting", "envision", "plans",
};

// What the cue reports, by form. Denials are speech whose content is the
// proposition denied; refusals report no words; an intent cue followed by
// a clause rather than "to" reports a belief ("hopes that ...").
struct CueSense {
  const char* words;  // space-separated forms
  uint32_t flags;
};

constexpr CueSense kCueSenses[] = {
    {"denied denies deny denying rejected rejects reject rejecting dismissed dismisses "
     "dismissing refuted refutes refute refuting rubbished rubbishes disputed disputes "
     "dispute disputing disavowed contested "
     "опроверг опровергла опровергли опровергает отверг отвергла отвергли отвергает "
     "отрицает отрицают отрицал отрицала "
     "заперечив заперечила заперечили заперечує спростував спростувала спростували "
     "спростовує відкинув відкинула",
     kCueDenial},
    {"think thinks thought believe believes believed feel feels felt consider considers "
     "considered reckon reckons reckoned doubt doubts doubted suspect suspects suspected "
     "fear fears feared fearing worry worries worried convinced confident adamant "
     "считает считают полагает полагают уверен уверена убежден "
     "вважає вважають переконаний переконана впевнений впевнена",
     kCueBelief},
    {"plan plans planned planning aim aims aimed want wants wanted wanting intend intends "
     "intended seek seeks sought seeking hope hopes hoped hoping expect expects expected "
     "wish wishes eager намерен намерена планирует планируют планує планують має мають",
     kCueIntent},
    {"declined declines decline declining refused refuses refuse refusing failed fails",
     kCueRefusal},
    {"announced announces announce announcing unveiled unveils revealed reveals disclosed discloses",
     kCueMakeKnown},
    {"said says say saying told tells tell telling wrote writes write writing added adds "
     "adding stated states declared declares claimed claims insisted insists argued argues "
     "noted notes warned warns explained explains asked asks replied replies responded "
     "answered remarked commented observed acknowledged admitted conceded confirmed "
     "announced announces reported reports tweeted posted promised pledged vowed "
     "threatened urged predicted suggested suggests recalled stressed emphasized emphasised "
     "underlined reiterated repeated alleged mused quipped exclaimed retorted countered "
     "shouted yelled joked boasted bragged "
     "заявил заявила заявили заявляет сказал сказала сказали сообщил сообщила сообщили "
     "сообщает отметил отметила подчеркнул подчеркнула добавил добавила пояснил пояснила "
     "написал написала заявив заявила повідомив повідомила повідомили повідомляє наголосив "
     "наголосила зазначив зазначила підкреслив підкреслила додав додала сказав написав",
     kCueSaysWords},
};

struct HandCue {
  const char* form;
  float rate;
  uint32_t flags;
};

constexpr HandCue kHandCues[] = {
    // English forms PolNeAR has too rarely to mine.
    {"emphasized", 0.7f, kCueSpeech}, {"emphasised", 0.7f, kCueSpeech},
    {"emphasizing", 0.6f, kCueSpeech | kCueParticiple},
    {"stressed", 0.6f, kCueSpeech}, {"stressing", 0.6f, kCueSpeech | kCueParticiple},
    {"denied", 0.5f, kCueSpeech}, {"claimed", 0.6f, kCueSpeech},
    {"said", 0.86f, kCueSpeech}, {"according", 0.9f, kCueAccording},
    {"underlined", 0.6f, kCueSpeech}, {"underscored", 0.6f, kCueSpeech},
    {"alleged", 0.5f, kCueSpeech}, {"stated", 0.7f, kCueSpeech},
    {"announced", 0.7f, kCueSpeech}, {"reiterated", 0.8f, kCueSpeech},
    {"sings", 0.6f, kCueSpeech}, {"sang", 0.6f, kCueSpeech},
    {"singing", 0.5f, kCueSpeech | kCueParticiple}, {"yells", 0.6f, kCueSpeech},
    {"shouting", 0.5f, kCueSpeech | kCueParticiple}, {"scolded", 0.7f, kCueSpeech},
    {"lauded", 0.6f, kCueSpeech}, {"quipped", 0.8f, kCueSpeech},
    {"exclaimed", 0.8f, kCueSpeech}, {"mused", 0.7f, kCueSpeech},
    {"bragged", 0.6f, kCueSpeech}, {"countered", 0.7f, kCueSpeech},
    {"retorted", 0.8f, kCueSpeech}, {"reports", 0.5f, kCueSpeech | kCueWeak},
    // Beliefs and stances (PolNeAR counts them; inside quotes they are
    // mostly "I think", which never reaches the cue search).
    {"think", 0.4f, kCueSpeech | kCueWeak}, {"believe", 0.4f, kCueSpeech | kCueWeak},
    {"thought", 0.3f, kCueSpeech | kCueWeak}, {"believed", 0.4f, kCueSpeech | kCueWeak},
    {"feel", 0.3f, kCueSpeech | kCueWeak}, {"hope", 0.3f, kCueSpeech | kCueWeak},
    {"fear", 0.3f, kCueSpeech | kCueWeak}, {"fears", 0.3f, kCueSpeech | kCueWeak},
    {"worry", 0.3f, kCueSpeech | kCueWeak}, {"worried", 0.3f, kCueSpeech | kCueWeak},
    // Nouns that report a statement when "that" follows ("Trump's claim that").
    {"claim", 0.5f, kCueNoun | kCueWeak}, {"claims", 0.5f, kCueNoun | kCueWeak},
    {"assertion", 0.5f, kCueNoun | kCueWeak}, {"argument", 0.5f, kCueNoun | kCueWeak},
    {"statement", 0.5f, kCueNoun | kCueWeak}, {"warning", 0.5f, kCueNoun | kCueWeak},
    {"promise", 0.5f, kCueNoun | kCueWeak}, {"pledge", 0.5f, kCueNoun | kCueWeak},
    {"accusation", 0.5f, kCueNoun | kCueWeak}, {"allegation", 0.5f, kCueNoun | kCueWeak},
    {"allegations", 0.5f, kCueNoun | kCueWeak}, {"suggestion", 0.5f, kCueNoun | kCueWeak},
    {"insistence", 0.5f, kCueNoun | kCueWeak}, {"belief", 0.5f, kCueNoun | kCueWeak},
    {"contention", 0.5f, kCueNoun | kCueWeak}, {"assurance", 0.5f, kCueNoun | kCueWeak},
    {"assurances", 0.5f, kCueNoun | kCueWeak}, {"report", 0.5f, kCueNoun | kCueWeak},
    {"emphasis", 0.5f, kCueNoun | kCueWeak}, {"remarks", 0.5f, kCueNoun | kCueWeak},
    // Russian.
    {"заявил", 0.95f, kCueSpeech}, {"заявила", 0.95f, kCueSpeech},
    {"заявили", 0.95f, kCueSpeech}, {"заявляет", 0.9f, kCueSpeech},
    {"заявив", 0.9f, kCueSpeech | kCueParticiple},
    {"сказал", 0.9f, kCueSpeech | kCueTakesObject},
    {"сказала", 0.9f, kCueSpeech | kCueTakesObject},
    {"сказали", 0.9f, kCueSpeech}, {"сообщил", 0.9f, kCueSpeech | kCueTakesObject},
    {"сообщила", 0.9f, kCueSpeech | kCueTakesObject}, {"сообщили", 0.9f, kCueSpeech},
    {"сообщает", 0.9f, kCueSpeech}, {"отметил", 0.9f, kCueSpeech},
    {"отметила", 0.9f, kCueSpeech}, {"подчеркнул", 0.9f, kCueSpeech},
    {"подчеркнула", 0.9f, kCueSpeech}, {"добавил", 0.9f, kCueSpeech},
    {"добавила", 0.9f, kCueSpeech}, {"пояснил", 0.9f, kCueSpeech},
    {"пояснила", 0.9f, kCueSpeech}, {"написал", 0.8f, kCueSpeech},
    {"написала", 0.8f, kCueSpeech}, {"считает", 0.6f, kCueSpeech},
    {"сказав", 0.9f, kCueSpeech | kCueParticiple | kCueTakesObject},
    {"отметив", 0.9f, kCueSpeech | kCueParticiple},
    {"подчеркнув", 0.9f, kCueSpeech | kCueParticiple},
    {"словам", 0.95f, kCueAccording},
    // Ukrainian.
    {"заявила", 0.95f, kCueSpeech}, {"повідомив", 0.9f, kCueSpeech | kCueTakesObject},
    {"повідомила", 0.9f, kCueSpeech | kCueTakesObject},
    {"повідомили", 0.9f, kCueSpeech}, {"повідомляє", 0.9f, kCueSpeech},
    {"наголосив", 0.9f, kCueSpeech}, {"наголосила", 0.9f, kCueSpeech},
    {"зазначив", 0.9f, kCueSpeech}, {"зазначила", 0.9f, kCueSpeech},
    {"підкреслив", 0.9f, kCueSpeech}, {"підкреслила", 0.9f, kCueSpeech},
    {"додав", 0.9f, kCueSpeech}, {"додала", 0.9f, kCueSpeech},
    {"сказала", 0.9f, kCueSpeech}, {"написав", 0.8f, kCueSpeech},
    {"словами", 0.95f, kCueAccording},
};

struct ClassEntry {
  const char* words;  // space-separated
  uint32_t classes;
};

constexpr ClassEntry kClasses[] = {
    {"president minister secretary senator sen rep gov governor chancellor "
     "ambassador mayor general gen commander speaker chairman chairwoman deputy "
     "vice prime foreign defense defence state chief special envoy director "
     "lt col sgt adm judge justice congressman congresswoman representative "
     "mp mps mep meps msp msps qc mla councillor cllr shadow commissioner "
     // Portfolios ("Home Secretary", "Health Minister") and sports roles
     // ("Keeper Tony Bullock").
     "home health education culture trade industry transport environment treasury "
     "exchequer keeper goalkeeper striker midfielder defender coach manager captain "
     "skipper winger wing fly-half scrum-half full-back flanker hooker dj "
     "vice-president vice-chairman under-secretary "
     "leader head premier king queen pope patriarch spokesman spokeswoman "
     "spokesperson press former acting interim first lady candidate nominee "
     "presidential republican democratic democrat gop mr mrs ms dr "
     "президент министр премьер-министр пресс-секретарь глава посол "
     "президента міністр прем'єр-міністр речник голова "
     "иностранных дел обороны закордонних справ оборони офиса офісу мид мзс",
     kTitle},
    {"spokesperson spokesman spokeswoman envoy leader official officials aide "
     "adviser advisor minister president chief negotiator diplomat commander "
     "candidate nominee senator governor secretary chancellor ambassador "
     "mayor head director representative lawmaker analyst expert reporter "
     "correspondent professor researcher economist strategist attorney lawyer "
     "executive founder member leaders aides critic critics source sources "
     "chairman chairwoman president presidents members officer "
     "пресс-секретарь президент министр глава речник президента",
     kRoleNoun},
    {"he she him her он она він вона", kPersonPronoun | kPronoun},
    {"they it we i you them who which это они вони воно", kPronoun},
    {"that and but while with as because when if although though after before "
     "since whether where whom whose which who or nor than so also until what "
     "whatever how why "
     "что и но а що і та але як как чтобы щоб",
     kBoundary},
    {"that что що", kThat},
    {"has have had also is are was were will would should could might must may can "
     "later previously then just now "
     "repeatedly often again still already publicly recently further has "
     "reportedly once even only never not did does do be been being "
     "immediately quickly privately openly frequently initially earlier "
     "ранее также уже також вже раніше",
     kAux},
    {"monday tuesday wednesday thursday friday saturday sunday today "
     "yesterday tonight week month year morning evening afternoon night "
     "earlier weekend понедельник вторник среду четверг пятницу субботу "
     "воскресенье вчера сегодня понеділок вівторок середу четвер пʼятницю "
     "суботу неділю вчора сьогодні",
     kTimeWord},
    {"on at in during to with from after before last this late early over of for "
     "despite without upon among including "
     "while about via earlier since by into through в на во у під",
     kPreposition},
    {"the a an this these those", kDeterminer},
    {"kremlin ministry government office administration house department "
     "pentagon campaign committee council parliament commission agency "
     "embassy army military police service court company party "
     "кремль минобороны мид міністерство уряд",
     kOrganisation},
    {"tass reuters ap afp bloomberg cnn bbc interfax ria novosti axios "
     "politico ukrinform rbc kommersant izvestia xinhua tass.ru ria.ru "
     "тасс риа интерфакс укрінформ інтерфакс-україна",
     kOutlet},
    {"russian ukrainian american u.s moldovan belarusian chinese french german "
     "british european polish israeli iranian turkish georgian kazakh "
     "north south korean japanese indian "
     // Country names in the genitive, which follow a role in Russian and
     // Ukrainian ("пресс-секретарь президента России Дмитрий Песков").
     "россии украины сша рф франции германии китая беларуси белоруссии польши "
     "европы британии америки турции ирана израиля молдовы грузии казахстана "
     "венгрии словакии эстонии латвии литвы японии индии "
     "росії україни франції німеччини китаю білорусі польщі європи британії "
     "америки туреччини ірану ізраїлю молдови грузії казахстану угорщини "
     "словаччини естонії латвії литви японії індії",
     kNationality},
    {text::kAbbreviations.data(), kAbbreviation},
    {"but and so however yet still then now meanwhile also instead thus even "
     "hence moreover indeed но а и однако при этом але і та проте",
     kIntro},
};

constexpr const char* kMonths[] = {
    "january february march april may june july august september october november december",
    "jan feb mar apr may jun jul aug sep oct nov dec",
    "января февраля марта апреля мая июня июля августа сентября октября ноября декабря",
    "січня лютого березня квітня травня червня липня серпня вересня жовтня листопада грудня",
};

constexpr const char* kWeekdays[] = {
    "monday tuesday wednesday thursday friday saturday sunday",
    "понедельник вторник среду четверг пятницу субботу воскресенье",
    "понеділок вівторок середу четвер пʼятницю суботу неділю",
};

bool Contains(const char* const* list, size_t n, std::string_view w) {
  for (size_t i = 0; i < n; ++i)
    if (w == list[i]) return true;
  return false;
}

using CueMap = absl::flat_hash_map<std::string_view, CueEntry>;

const CueMap& Cues() {
  static const CueMap* map = [] {
    auto* m = new CueMap;
    for (const MinedCue& c : kMinedCues) {
      std::string_view w(c.form);
      uint32_t flags = kCueSpeech;
      if (w.size() > 3 && w.substr(w.size() - 3) == "ing") flags |= kCueParticiple;
      if (Contains(kObjectCues, std::size(kObjectCues), w)) flags |= kCueTakesObject;
      if (Contains(kWeakCues, std::size(kWeakCues), w) || c.rate < 0.45f)
        flags |= kCueWeak;
      if (w == "according") flags = kCueAccording;
      (*m)[w] = CueEntry{flags, c.rate};
    }
    for (const char* form : kStanceCues) {
      std::string_view w(form);
      if (m->find(w) == m->end()) (*m)[w] = CueEntry{kCueSpeech | kCueWeak, 0.3f};
    }
    for (const HandCue& c : kHandCues) {
      std::string_view w(c.form);
      auto it = m->find(w);
      if (it != m->end()) {
        it->second.flags = (it->second.flags & kCueTakesObject) | c.flags;
        continue;
      }
      (*m)[w] = CueEntry{c.flags, c.rate};
    }
    // Russian and Ukrainian forms (quotes/internal/cyrillic_lexicon.cc),
    // generated from stems: they replace the hand-added ones above.
    for (const CyrillicCueForm& c : CyrillicCueForms()) (*m)[c.form] = c.entry;
    for (const CueSense& sense : kCueSenses)
      ForEachWord(sense.words, [&](std::string_view w) {
        auto it = m->find(w);
        // A denial the corpus lacks is still a speech cue ("rubbished").
        if (it == m->end() && (sense.flags & kCueDenial))
          it = m->emplace(w, CueEntry{kCueSpeech, 0.5f}).first;
        if (it != m->end()) it->second.flags |= sense.flags;
      });
    return m;
  }();
  return *map;
}

using ClassMap = absl::flat_hash_map<std::string_view, uint32_t>;

const ClassMap& Classes() {
  static const ClassMap* map = [] {
    auto* m = new ClassMap;
    for (const ClassEntry& e : kClasses)
      ForEachWord(e.words, [&](std::string_view w) { (*m)[w] |= e.classes; });
    for (const CyrillicClassWord& w : CyrillicClassWords()) (*m)[w.word] |= w.classes;
    for (const char* list : kMonths)
      ForEachWord(list, [&](std::string_view w) { (*m)[w] |= kMonth; });
    for (const char* list : kWeekdays)
      ForEachWord(list, [&](std::string_view w) { (*m)[w] |= kWeekday; });
    return m;
  }();
  return *map;
}

int IndexIn(const char* const* lists, size_t n, std::string_view w) {
  for (size_t l = 0; l < n; ++l) {
    int i = 0, found = -1;
    ForEachWord(lists[l], [&](std::string_view x) {
      if (found < 0 && x == w) found = i;
      ++i;
    });
    if (found >= 0) return found;
  }
  return -1;
}

// FNV-1a (common/hash.h): the keys are short words, where it beats the
// library's general-purpose hash; flat_hash_map mixes the result further.
struct WordHash {
  size_t operator()(std::string_view w) const { return Fnv1a(w, kQtrackFnvBasis); }
};
using WordMap = absl::flat_hash_map<std::string_view, WordInfo, WordHash>;

const WordMap& Words() {
  static const WordMap* map = [] {
    auto* m = new WordMap;
    for (const auto& [w, info] : Cues()) (*m)[w].cue = &info;
    for (const auto& [w, cls] : Classes()) (*m)[w].classes = cls;
    for (const MinedParticleCue& c : kMinedParticleCues) (*m)[std::string_view(c.verb)].classes |= kParticleVerb;
    return m;
  }();
  return *map;
}

// One bit per (first two bytes, last two bytes, length) of every lexicon
// word, hashed into 2^16 bits (8 KiB, in L1): a word of running text
// that is in no table fails it about 98% of the time, which spares the
// hash map.
struct Filter {
  uint64_t bits[1 << 10] = {};
};

const Filter& WordFilter() {
  static const Filter* f = [] {
    auto* f = new Filter;
    for (const auto& [w, info] : Words()) {
      size_t n = w.size();
      uint32_t k = FilterKey(w[0], w[n > 1 ? 1 : 0], w[n > 1 ? n - 2 : 0], w[n - 1], n);
      f->bits[k >> 6] |= uint64_t{1} << (k & 63);
    }
    return f;
  }();
  return *f;
}

}  // namespace

const CueEntry* LookupParticleCue(std::string_view verb, std::string_view particle) {
  char key[80];
  if (verb.size() + particle.size() + 1 > sizeof key) return nullptr;
  std::memcpy(key, verb.data(), verb.size());
  key[verb.size()] = ' ';
  std::memcpy(key + verb.size() + 1, particle.data(), particle.size());
  const ParticleMap& m = ParticleCues();
  auto it = m.find(std::string_view(key, verb.size() + 1 + particle.size()));
  return it == m.end() ? nullptr : &it->second;
}

bool MaybeLexiconWord(unsigned char first, unsigned char second, unsigned char second_last, unsigned char last,
                      size_t len) {
  uint32_t k = FilterKey(first, second, second_last, last, len);
  return WordFilter().bits[k >> 6] >> (k & 63) & 1;
}

const WordInfo* LookupWord(std::string_view lower_word) {
  const WordMap& m = Words();
  auto it = m.find(lower_word);
  return it == m.end() ? nullptr : &it->second;
}

const CueEntry* LookupCue(std::string_view lower_word) {
  const CueMap& m = Cues();
  auto it = m.find(lower_word);
  return it == m.end() ? nullptr : &it->second;
}

uint32_t WordClasses(std::string_view lower_word) {
  const ClassMap& m = Classes();
  auto it = m.find(lower_word);
  return it == m.end() ? 0 : it->second;
}

bool NounCanName(std::string_view lower_word) {
  static constexpr std::string_view kSpeakerNouns[] = {
#include "quotes/internal/speaker_nouns.inc"
  };
  return std::binary_search(std::begin(kSpeakerNouns), std::end(kSpeakerNouns), lower_word);
}

bool IsPublisherNoun(std::string_view lower_word) {
  static constexpr std::string_view kPublishers[] = {
      "report", "reports", "research", "survey", "surveys", "study", "studies", "poll", "polls", "figures",
      "statistics", "data", "statement", "statements", "paper", "papers", "lawsuit", "suit", "book", "letter",
      "document", "documents", "message", "website", "magazine", "newspaper", "station", "studio", "label", "group",
      "groups", "alliance", "opposition", "directive", "guidance", "bill", "legislation", "investigation", "inquiry", "review",
      "audit", "analysis", "results", "tests", "motion", "media", "exchange", "brewery", "centre", "center",
      "index", "forecast", "forecasts", "estimate", "estimates", "ruling", "verdict", "judgment", "judgement", "memo",
      "blog", "release", "newsletter", "leaflet", "figure", "pair", "duo", "trio", "couple"};
  for (std::string_view w : kPublishers)
    if (lower_word == w) return true;
  return false;
}

bool IsPersonNoun(std::string_view lower_word) {
  static constexpr std::string_view kPersonNouns[] = {
#include "quotes/internal/person_nouns.inc"
  };
  return std::binary_search(std::begin(kPersonNouns), std::end(kPersonNouns), lower_word);
}

int MonthNumber(std::string_view w) {
  int i = IndexIn(kMonths, std::size(kMonths), w);
  return i < 0 ? -1 : i + 1;
}

int WeekdayNumber(std::string_view w) {
  return IndexIn(kWeekdays, std::size(kWeekdays), w);
}

}  // namespace qtrack::quotes_internal
