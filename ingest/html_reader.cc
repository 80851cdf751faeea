// File: ingest/html_reader.cc
//
// Three stages over one libxml2 tree:
//  1. metadata (JSON-LD, meta/OpenGraph, <time>, <h1>, <title>, canonical);
//  2. one iterative walk that cuts the visible text into blocks (the text of
//     the nearest block-level element, split at <br>), recording per element
//     its subtree text/link sizes and whether its tag/class/id marks it as
//     boilerplate;
//  3. readability-style scoring: each paragraph-like block gives points to
//     its ancestors, the best container (plus qualifying siblings) wins, and
//     its blocks are kept unless a boilerplate element or a link-heavy list
//     lies between them and the container.
#include "ingest/html_reader.h"

#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/tree.h>

#include <algorithm>
#include <cstring>
#include <memory>
#include <string>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "absl/status/status.h"
#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "common/utf8.h"
#include "ingest/article_util.h"
#include "ingest/html_walk.h"
#include "simdjson.h"

namespace qtrack {
namespace {

using html_internal::Attr;
using html_internal::LanguageCode;
using html_internal::TextContent;
using html_internal::Name;
using html_internal::WalkTree;

// ---------------------------------------------------------------------------
// Tags.

enum class TagKind : uint8_t {
  kInline,     // text flows into the enclosing block
  kBlock,      // starts a new block of text
  kBreak,      // <br>, <hr>: ends the current block
  kSkip,       // never visible or never content: subtree dropped
  kSoftBlock,  // block that is boilerplate unless chosen as the container
};

struct TagInfo {
  TagKind kind = TagKind::kInline;
  int base_score = 0;  // readability's initial container score by tag
};

const absl::flat_hash_map<std::string_view, TagInfo>& TagTable() {
  static const auto* table = [] {
    auto* t = new absl::flat_hash_map<std::string_view, TagInfo>;
    for (const char* n : {"script", "style", "noscript", "iframe", "svg", "template", "button",
                          "select", "textarea", "input", "option", "nav", "figcaption", "canvas",
                          "object", "embed", "video", "audio", "map", "head", "title", "math",
                          "dialog", "label", "picture", "source", "meta", "link"})
      (*t)[n] = {TagKind::kSkip, 0};
    for (const char* n : {"aside", "footer", "header", "form", "figure", "menu", "fieldset"})
      (*t)[n] = {TagKind::kSoftBlock, -3};
    for (const char* n : {"p", "section", "article", "main", "center", "caption", "details",
                          "summary", "tr", "tbody", "thead", "table", "body", "html"})
      (*t)[n] = {TagKind::kBlock, 0};
    (*t)["div"] = {TagKind::kBlock, 5};
    for (const char* n : {"pre", "td", "blockquote"}) (*t)[n] = {TagKind::kBlock, 3};
    for (const char* n : {"address", "ol", "ul", "dl", "dd", "dt", "li"})
      (*t)[n] = {TagKind::kBlock, -3};
    for (const char* n : {"h1", "h2", "h3", "h4", "h5", "h6", "th"})
      (*t)[n] = {TagKind::kBlock, -5};
    for (const char* n : {"br", "hr"}) (*t)[n] = {TagKind::kBreak, 0};
    return t;
  }();
  return *table;
}

TagInfo TagOf(std::string_view name) {
  const auto& table = TagTable();
  auto it = table.find(name);
  return it == table.end() ? TagInfo{} : it->second;
}

// ---------------------------------------------------------------------------
// class/id signals. Tokens are split at non-alphanumerics and camelCase
// boundaries, lowercased: "most-popular" -> {most, popular},
// "newsletterSignup" -> {newsletter, signup}.

const absl::flat_hash_set<std::string_view>& NegativeTokens() {
  static const auto* set = new absl::flat_hash_set<std::string_view>{
      "nav", "navbar", "navigation", "menu", "menus", "footer", "sidebar", "related",
      "promo", "promos", "promotion", "newsletter", "newsletters", "subscribe", "subscription",
      "signup", "share", "shares", "sharing", "sharebar", "social", "socials", "comment",
      "comments", "disqus", "advert", "advertisement", "ad", "ads", "adv", "advertising",
      "sponsor", "sponsored", "cookie", "cookies", "gdpr", "consent", "popular", "trending",
      "teaser", "teasers", "breadcrumb", "breadcrumbs", "caption", "byline", "widget",
      "widgets", "banner", "outbrain", "taboola", "recirc", "recirculation", "recommended",
      "recommendations", "masthead", "toolbar", "pagination", "pager", "tags", "topics",
      "author", "bio", "credit", "credits", "modal", "popup", "overlay", "login", "paywall",
      "hidden", "skip", "rss", "follow", "readmore", "seealso", "feed", "rail", "aside",
      "dateline", "timestamp", "meta", "print", "jump", "subnav", "masthead", "copyright",
      "disclaimer", "sronly", "invisible", "offscreen", "donate", "donation", "shoutbox",
      "sponsors", "partner", "partners", "promoted", "newsfeed", "mostread", "morestories",
      "tooltip", "lightbox", "carousel", "slideshow", "gallery"};
  return *set;
}

// Substrings that mark a compound class name ("socialshare", "adslot").
constexpr std::string_view kNegativeStems[] = {
    "newsletter", "subscri", "social",  "sharing", "sidebar", "breadcrumb", "related",
    "promo",      "advert",  "popular", "taboola", "outbrain", "cookie",    "footer",
    "navbar",     "comment", "sponsor", "trending", "recirc"};

const absl::flat_hash_set<std::string_view>& PositiveTokens() {
  static const auto* set = new absl::flat_hash_set<std::string_view>{
      "article", "articlebody", "body", "content", "entry", "main", "post", "text",
      "story", "blog", "hentry", "prose", "richtext", "page"};
  return *set;
}

std::vector<std::string> ClassTokens(std::string_view s) {
  std::vector<std::string> tokens;
  std::string cur;
  for (size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    bool alnum = absl::ascii_isalnum(static_cast<unsigned char>(c));
    bool camel_break = alnum && absl::ascii_isupper(c) && i > 0 &&
                       absl::ascii_islower(static_cast<unsigned char>(s[i - 1]));
    if (!alnum || camel_break) {
      if (!cur.empty()) tokens.push_back(std::move(cur));
      cur.clear();
      if (!alnum) continue;
    }
    cur.push_back(absl::ascii_tolower(c));
  }
  if (!cur.empty()) tokens.push_back(std::move(cur));
  return tokens;
}

struct ClassSignal {
  bool negative = false;
  bool positive = false;
  int weight = 0;  // readability's class weight: -25 / 0 / +25 per attribute
};

ClassSignal ClassSignalOf(std::string_view value) {
  ClassSignal sig;
  if (value.empty()) return sig;
  bool neg = false, pos = false;
  for (const std::string& tok : ClassTokens(value)) {
    if (NegativeTokens().contains(tok)) {
      neg = true;
    } else if (PositiveTokens().contains(tok)) {
      pos = true;
    } else if (tok.size() > 6 && tok.rfind("comment", 0) == 0 &&
               tok.rfind("commentary", 0) != 0) {
      neg = true;
    } else if (tok.size() > 4) {
      for (std::string_view stem : kNegativeStems) {
        if (tok.find(stem) != std::string::npos && tok.rfind("commentary") == std::string::npos) {
          neg = true;
          break;
        }
      }
      if (!neg && (tok.find("article") != std::string::npos ||
                   tok.find("content") != std::string::npos ||
                   tok.find("story") != std::string::npos))
        pos = true;
    }
  }
  sig.negative = neg;
  sig.positive = pos;
  sig.weight = (neg ? -25 : 0) + (pos ? 25 : 0);
  return sig;
}

bool IsHidden(const xmlNode* n) {
  if (xmlHasProp(n, reinterpret_cast<const xmlChar*>("hidden")) != nullptr) return true;
  std::string style = absl::AsciiStrToLower(Attr(n, "style"));
  style.erase(std::remove(style.begin(), style.end(), ' '), style.end());
  return style.find("display:none") != std::string::npos ||
         style.find("visibility:hidden") != std::string::npos;
}

bool IsBoilerplateRole(std::string_view role) {
  return role == "navigation" || role == "banner" || role == "contentinfo" ||
         role == "complementary" || role == "dialog" || role == "alert" || role == "search" ||
         role == "menu" || role == "menubar";
}

// ---------------------------------------------------------------------------
// Metadata.

struct Meta {
  std::string title, url, outlet, byline, published, language;
  // Lower-priority sources, used when the JSON-LD / meta ones are empty.
  std::string h1, html_title, canonical, time_datetime, html_lang, meta_author;
  std::string og_title, og_site, og_url, og_published, og_locale;
};

void SetIfEmpty(std::string* field, std::string_view value) {
  if (field->empty() && !value.empty()) *field = std::string(value);
}

std::string_view JsonString(simdjson::dom::element e) {
  std::string_view s;
  if (e.get_string().get(s) == simdjson::SUCCESS) return s;
  return {};
}

// "name" of an object, or the value itself when it is a string.
std::string_view JsonName(simdjson::dom::element e) {
  if (e.is_string()) return JsonString(e);
  simdjson::dom::element name;
  if (e.is_object() && e.get_object()["name"].get(name) == simdjson::SUCCESS)
    return JsonString(name);
  return {};
}

bool IsArticleType(simdjson::dom::element type) {
  auto is_article = [](std::string_view t) {
    return t.ends_with("Article") || t == "BlogPosting" || t == "LiveBlogPosting" ||
           t == "Report";
  };
  if (type.is_string()) return is_article(JsonString(type));
  simdjson::dom::array arr;
  if (type.get_array().get(arr) == simdjson::SUCCESS)
    for (simdjson::dom::element t : arr)
      if (t.is_string() && is_article(JsonString(t))) return true;
  return false;
}

void FillFromJsonLdArticle(simdjson::dom::object obj, Meta* meta) {
  simdjson::dom::element v;
  if (obj["headline"].get(v) == simdjson::SUCCESS) SetIfEmpty(&meta->title, JsonString(v));
  if (obj["datePublished"].get(v) == simdjson::SUCCESS)
    SetIfEmpty(&meta->published, JsonString(v));
  if (obj["author"].get(v) == simdjson::SUCCESS && meta->byline.empty()) {
    std::vector<std::string> names;
    simdjson::dom::array arr;
    if (v.get_array().get(arr) == simdjson::SUCCESS) {
      for (simdjson::dom::element a : arr)
        if (std::string_view n = JsonName(a); !n.empty()) names.emplace_back(n);
    } else if (std::string_view n = JsonName(v); !n.empty()) {
      names.emplace_back(n);
    }
    meta->byline = absl::StrJoin(names, ", ");
  }
  if (obj["publisher"].get(v) == simdjson::SUCCESS) SetIfEmpty(&meta->outlet, JsonName(v));
  if (obj["url"].get(v) == simdjson::SUCCESS) SetIfEmpty(&meta->url, JsonString(v));
  if (obj["mainEntityOfPage"].get(v) == simdjson::SUCCESS) {
    simdjson::dom::element id;
    if (v.is_string()) SetIfEmpty(&meta->url, JsonString(v));
    else if (v.is_object() && v.get_object()["@id"].get(id) == simdjson::SUCCESS)
      SetIfEmpty(&meta->url, JsonString(id));
  }
  if (obj["inLanguage"].get(v) == simdjson::SUCCESS) SetIfEmpty(&meta->language, JsonName(v));
}

// Visits top-level objects, arrays of them and "@graph" lists; depth-bounded.
void VisitJsonLd(simdjson::dom::element e, Meta* meta, int depth) {
  if (depth > 4) return;
  simdjson::dom::array arr;
  if (e.get_array().get(arr) == simdjson::SUCCESS) {
    for (simdjson::dom::element x : arr) VisitJsonLd(x, meta, depth + 1);
    return;
  }
  simdjson::dom::object obj;
  if (e.get_object().get(obj) != simdjson::SUCCESS) return;
  simdjson::dom::element v;
  if (obj["@graph"].get(v) == simdjson::SUCCESS) VisitJsonLd(v, meta, depth + 1);
  if (obj["@type"].get(v) == simdjson::SUCCESS && IsArticleType(v))
    FillFromJsonLdArticle(obj, meta);
}

void ReadJsonLd(std::string_view json, Meta* meta) {
  // One parser per thread, reused: simdjson's advice for many small documents.
  thread_local simdjson::dom::parser parser;
  simdjson::dom::element root;
  if (parser.parse(json.data(), json.size(), /*realloc_if_needed=*/true).get(root) !=
      simdjson::SUCCESS)
    return;  // malformed JSON-LD is ignored
  VisitJsonLd(root, meta, 0);
}

std::string NormalizeSpace(std::string_view s);

void ReadMetaTag(const xmlNode* n, Meta* meta) {
  std::string key = absl::AsciiStrToLower(Attr(n, "property"));
  if (key.empty()) key = absl::AsciiStrToLower(Attr(n, "name"));
  if (key.empty()) key = absl::AsciiStrToLower(Attr(n, "itemprop"));
  if (key.empty()) return;
  std::string content = NormalizeSpace(Attr(n, "content"));
  if (content.empty()) return;
  if (key == "og:title") SetIfEmpty(&meta->og_title, content);
  else if (key == "og:site_name") SetIfEmpty(&meta->og_site, content);
  else if (key == "og:url") SetIfEmpty(&meta->og_url, content);
  else if (key == "og:locale") SetIfEmpty(&meta->og_locale, content);
  else if (key == "article:published_time" || key == "datepublished" ||
           key == "og:published_time" || key == "pubdate" || key == "publish-date" ||
           key == "parsely-pub-date" || key == "dc.date.issued" || key == "sailthru.date")
    SetIfEmpty(&meta->og_published, content);
  else if ((key == "author" || key == "article:author" || key == "parsely-author" ||
            key == "sailthru.author" || key == "dc.creator") &&
           content.rfind("http", 0) != 0)
    SetIfEmpty(&meta->meta_author, content);
}

// A <script> whose type names JSON-LD ("application/ld+json", with or
// without parameters, in any case). REQUIRES: n is a <script> element.
bool IsJsonLdScript(const xmlNode* n) {
  return absl::StrContains(absl::AsciiStrToLower(Attr(n, "type")), "ld+json");
}

// A JSON-LD block's text is read up to this size.
constexpr size_t kMaxJsonLdBytes = 4 << 20;

void CollectMetadata(xmlNode* root, Meta* meta) {
  meta->html_lang = Attr(root, "lang");
  WalkTree(root, [&](xmlNode* n) {
    if (n->type != XML_ELEMENT_NODE) return false;
    std::string_view name = Name(n);
    if (name == "meta") {
      ReadMetaTag(n, meta);
    } else if (name == "script") {
      if (IsJsonLdScript(n)) ReadJsonLd(TextContent(n, kMaxJsonLdBytes), meta);
      return false;
    } else if (name == "link") {
      std::string rel = absl::AsciiStrToLower(Attr(n, "rel"));
      if (rel == "canonical") SetIfEmpty(&meta->canonical, Attr(n, "href"));
    } else if (name == "title") {
      SetIfEmpty(&meta->html_title, NormalizeSpace(TextContent(n, 4096)));
      return false;
    } else if (name == "h1") {
      SetIfEmpty(&meta->h1, NormalizeSpace(TextContent(n, 4096)));
    } else if (name == "time") {
      SetIfEmpty(&meta->time_datetime, Attr(n, "datetime"));
    } else if (name == "style" || name == "noscript" || name == "svg") {
      return false;
    }
    return true;
  }, [](xmlNode*) {});
}

bool IsAbsoluteUrl(std::string_view u) {
  return u.rfind("http://", 0) == 0 || u.rfind("https://", 0) == 0;
}

void FinishMetadata(Meta& meta, std::string_view url_hint, Article* a) {
  SetIfEmpty(&meta.title, meta.og_title);
  SetIfEmpty(&meta.title, meta.h1);
  SetIfEmpty(&meta.title, meta.html_title);
  a->title = NormalizeSpace(meta.title);

  if (!IsAbsoluteUrl(meta.url)) meta.url.clear();
  for (const std::string* u : {&meta.og_url, &meta.canonical})
    if (IsAbsoluteUrl(*u)) SetIfEmpty(&meta.url, *u);
  SetIfEmpty(&meta.url, url_hint);
  a->url = meta.url;

  SetIfEmpty(&meta.outlet, meta.og_site);
  if (meta.outlet.empty()) meta.outlet = UrlHost(a->url);
  a->outlet = NormalizeSpace(meta.outlet);

  SetIfEmpty(&meta.byline, meta.meta_author);
  a->byline = NormalizeSpace(meta.byline);

  for (const std::string* d : {&meta.published, &meta.og_published, &meta.time_datetime}) {
    std::string iso = NormalizeDate(*d);
    if (!iso.empty()) {
      a->published = iso;
      break;
    }
  }
  for (const std::string* l : {&meta.language, &meta.og_locale, &meta.html_lang}) {
    std::string code = LanguageCode(*l);
    if (!code.empty()) {
      a->language = code;
      break;
    }
  }
}

// ---------------------------------------------------------------------------
// Text helpers.

// True for ASCII whitespace and U+00A0 (at s[i], s[i+1]).
size_t SpaceLength(std::string_view s, size_t i) {
  unsigned char c = s[i];
  if (c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\v') return 1;
  if (c == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xA0) return 2;
  return 0;
}

// Appends `s` to `out` with every whitespace run collapsed to one space
// (a leading space only when `out` does not already end in one).
void AppendCollapsed(std::string_view s, std::string* out) {
  for (size_t i = 0; i < s.size();) {
    size_t sp = SpaceLength(s, i);
    if (sp > 0) {
      if (!out->empty() && out->back() != ' ') out->push_back(' ');
      i += sp;
    } else {
      out->push_back(s[i++]);
    }
  }
}

std::string NormalizeSpace(std::string_view s) {
  std::string out;
  AppendCollapsed(s, &out);
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

size_t CodePoints(std::string_view s) {
  size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

int CountCommas(std::string_view s) {
  int n = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == ',') ++n;
    else if (s.compare(i, 3, "\xEF\xBC\x8C") == 0 || s.compare(i, 3, "\xE3\x80\x81") == 0) ++n;
  }
  return n;
}

// ---------------------------------------------------------------------------
// Blocks and element statistics.

struct ElementInfo {
  xmlNode* node = nullptr;
  int parent = -1;
  int end = 0;             // one past the last descendant's index (pre-order)
  int block_owner = -1;    // nearest block-level ancestor-or-self
  int nearest_bad = -1;    // nearest ancestor-or-self that is boilerplate
  size_t first_block = 0, end_block = 0;
  size_t text = 0, link_text = 0;  // code points of visible text in the subtree
  TagInfo tag;
  bool negative = false;   // tag/class/id/role says boilerplate
  // Boilerplate with no content-like token either ("related" but not
  // "article-related"): its paragraphs give no points to containers.
  bool unlikely = false;
  int nearest_unlikely = -1;
  bool heading1 = false;
  bool heading = false;  // h2-h6
  int class_weight = 0;
  bool scored = false;
  double score = 0;
};

struct Block {
  int owner = -1;
  std::string text;
  size_t chars = 0, link_chars = 0;
};

class BlockCollector {
 public:
  std::vector<ElementInfo> elements;
  std::vector<Block> blocks;

  void Run(xmlNode* root) {
    WalkTree(root, [this](xmlNode* n) { return Enter(n); }, [this](xmlNode* n) { Leave(n); });
    Flush();
  }

 private:
  bool Enter(xmlNode* n) {
    if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
      AddText(n);
      return false;
    }
    if (n->type != XML_ELEMENT_NODE) return false;
    std::string_view name = Name(n);
    TagInfo tag = TagOf(name);
    if (tag.kind == TagKind::kSkip || IsHidden(n)) return false;
    if (tag.kind == TagKind::kBreak) {
      Flush();
      return false;
    }
    if (tag.kind != TagKind::kInline) Flush();
    ElementInfo e;
    e.node = n;
    e.parent = current_;
    e.tag = tag;
    e.heading1 = name == "h1";
    e.heading = name.size() == 2 && name[0] == 'h' && name[1] >= '2' && name[1] <= '6';
    ClassSignal cls = ClassSignalOf(Attr(n, "class"));
    ClassSignal id = ClassSignalOf(Attr(n, "id"));
    e.class_weight = cls.weight + id.weight;
    std::string itemprop = Attr(n, "itemprop");
    bool article_body = itemprop.find("articleBody") != std::string::npos;
    if (article_body) e.class_weight += 50;
    if (name == "article") e.class_weight += 10;
    e.negative = !article_body &&
                 (cls.negative || id.negative || tag.kind == TagKind::kSoftBlock ||
                  IsBoilerplateRole(absl::AsciiStrToLower(Attr(n, "role"))));
    e.unlikely = e.negative && !cls.positive && !id.positive;
    int index = static_cast<int>(elements.size());
    e.nearest_unlikely =
        e.unlikely ? index : (current_ >= 0 ? elements[current_].nearest_unlikely : -1);
    e.block_owner = tag.kind == TagKind::kInline && current_ >= 0
                        ? elements[current_].block_owner
                        : (tag.kind == TagKind::kInline ? -1 : index);
    e.nearest_bad = e.negative ? index : (current_ >= 0 ? elements[current_].nearest_bad : -1);
    e.first_block = blocks.size();
    n->_private = reinterpret_cast<void*>(static_cast<intptr_t>(index) + 1);
    elements.push_back(e);
    current_ = index;
    if (name == "a") ++link_depth_;
    return true;
  }

  void Leave(xmlNode* n) {
    if (n->type != XML_ELEMENT_NODE || n->_private == nullptr) return;
    int index = static_cast<int>(reinterpret_cast<intptr_t>(n->_private)) - 1;
    ElementInfo& e = elements[index];
    if (e.tag.kind != TagKind::kInline) Flush();
    if (Name(n) == "a") --link_depth_;
    e.end = static_cast<int>(elements.size());
    e.end_block = blocks.size();
    if (e.parent >= 0) {
      elements[e.parent].text += e.text;
      elements[e.parent].link_text += e.link_text;
    }
    current_ = e.parent;
  }

  void AddText(const xmlNode* n) {
    if (n->content == nullptr || current_ < 0) return;
    std::string_view s(reinterpret_cast<const char*>(n->content));
    size_t before = pending_.size();
    AppendCollapsed(s, &pending_);
    size_t added = CodePoints(std::string_view(pending_).substr(before));
    elements[current_].text += added;
    if (link_depth_ > 0) {
      elements[current_].link_text += added;
      pending_links_ += added;
    }
  }

  void Flush() {
    size_t b = 0;
    while (b < pending_.size() && pending_[b] == ' ') ++b;
    size_t e = pending_.size();
    while (e > b && pending_[e - 1] == ' ') --e;
    if (e > b && current_ >= 0) {
      Block block;
      block.owner = elements[current_].block_owner;
      if (block.owner < 0) block.owner = current_;
      block.text = pending_.substr(b, e - b);
      block.chars = CodePoints(block.text);
      block.link_chars = std::min(pending_links_, block.chars);
      blocks.push_back(std::move(block));
    }
    pending_.clear();
    pending_links_ = 0;
  }

  int current_ = -1;
  int link_depth_ = 0;
  std::string pending_;
  size_t pending_links_ = 0;
};

// ---------------------------------------------------------------------------
// Scoring (after Mozilla's Readability: same constants where they exist).

double LinkDensity(const ElementInfo& e) {
  return e.text == 0 ? 0.0 : static_cast<double>(e.link_text) / e.text;
}

class ContentSelector {
 public:
  ContentSelector(std::vector<ElementInfo>& elements, const std::vector<Block>& blocks)
      : el_(elements), blocks_(blocks) {}

  // Returns the chosen containers in document order; empty when nothing
  // scores (then the caller keeps every block).
  std::vector<int> Select(bool skip_boilerplate_blocks) {
    for (ElementInfo& e : el_) {
      e.scored = false;
      e.score = 0;
    }
    std::vector<int> candidates;
    for (const Block& b : blocks_) ScoreBlock(b, skip_boilerplate_blocks, &candidates);
    int top = -1;
    for (int c : candidates) {
      ElementInfo& e = el_[c];
      e.score *= 1.0 - LinkDensity(e);
      if (top < 0 || e.score > el_[top].score) top = c;
    }
    if (top < 0) return {};
    // The best container and its ancestors hold the article: whatever their
    // class says ("widget Blog", "page-with-sidebar"), they are not
    // boilerplate.
    for (int a = top; a >= 0; a = el_[a].parent) el_[a].negative = false;
    top = ClimbToBetterAncestor(top, candidates);
    return WithSiblings(top);
  }

 private:
  void InitCandidate(int i, std::vector<int>* candidates) {
    ElementInfo& e = el_[i];
    if (e.scored) return;
    e.scored = true;
    e.score = e.tag.base_score + e.class_weight;
    candidates->push_back(i);
  }

  void ScoreBlock(const Block& b, bool skip_boilerplate, std::vector<int>* candidates) {
    if (b.chars < 25) return;
    const ElementInfo& owner = el_[b.owner];
    if (skip_boilerplate && owner.nearest_unlikely >= 0) return;
    if (owner.heading1) return;
    double score = 1 + CountCommas(b.text) + std::min<size_t>(b.chars / 100, 3);
    int anc = owner.parent;
    for (int level = 0; anc >= 0 && level < 5; ++level, anc = el_[anc].parent) {
      InitCandidate(anc, candidates);
      double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
      el_[anc].score += score / divider;
    }
  }

  bool IsAncestorOrSelf(int anc, int i) const { return anc <= i && i < el_[anc].end; }

  int ClimbToBetterAncestor(int top, const std::vector<int>& candidates) {
    // Several near-top candidates under one ancestor: that ancestor holds
    // the article (its paragraphs are split into sibling containers).
    std::vector<int> sorted = candidates;
    std::sort(sorted.begin(), sorted.end(),
              [&](int a, int b) { return el_[a].score > el_[b].score; });
    std::vector<int> close;
    for (size_t k = 1; k < sorted.size() && k < 5; ++k)
      if (el_[sorted[k]].score >= 0.75 * el_[top].score) close.push_back(sorted[k]);
    if (close.size() >= 3) {
      for (int p = el_[top].parent; p >= 0 && Name(el_[p].node) != "body"; p = el_[p].parent) {
        int containing = 0;
        for (int c : close) containing += IsAncestorOrSelf(p, c);
        if (containing >= 3) {
          top = p;
          break;
        }
      }
    }
    double last = el_[top].score;
    double threshold = last / 3;
    for (int p = el_[top].parent; p >= 0 && Name(el_[p].node) != "body"; p = el_[p].parent) {
      if (!el_[p].scored) continue;
      if (el_[p].score < threshold) break;
      if (el_[p].score > last) {
        top = p;
        break;
      }
      last = el_[p].score;
    }
    // An only child carries no more than its parent.
    while (el_[top].parent >= 0 && Name(el_[el_[top].parent].node) != "body" &&
           ElementChildren(el_[top].parent) == 1)
      top = el_[top].parent;
    return top;
  }

  int ElementChildren(int i) const {
    int n = 0;
    for (xmlNode* c = el_[i].node->children; c != nullptr; c = c->next)
      if (c->type == XML_ELEMENT_NODE && c->_private != nullptr) ++n;
    return n;
  }

  std::string_view LastBlockText(const ElementInfo& e) const {
    return e.end_block > e.first_block ? std::string_view(blocks_[e.end_block - 1].text)
                                       : std::string_view();
  }

  std::vector<int> WithSiblings(int top) {
    const ElementInfo& t = el_[top];
    if (t.parent < 0) return {top};
    double threshold = std::max(10.0, t.score * 0.2);
    std::string top_class = Attr(t.node, "class");
    std::vector<int> out;
    for (xmlNode* c = el_[t.parent].node->children; c != nullptr; c = c->next) {
      if (c->type != XML_ELEMENT_NODE || c->_private == nullptr) continue;
      int i = static_cast<int>(reinterpret_cast<intptr_t>(c->_private)) - 1;
      if (i == top) {
        out.push_back(i);
        continue;
      }
      const ElementInfo& s = el_[i];
      if (s.negative) continue;
      double bonus = !top_class.empty() && Attr(c, "class") == top_class ? t.score * 0.2 : 0;
      bool keep = s.scored && s.score + bonus >= threshold;
      if (!keep && Name(c) != "p" && s.tag.kind == TagKind::kBlock && s.text > 80 &&
          LinkDensity(s) < 0.1) {
        // A lede or summary box beside the body ("article__summary").
        std::string_view last = LastBlockText(s);
        keep = !last.empty() && (last.back() == '.' || last.ends_with(".\u201D") || last.back() == '"');
      }
      if (!keep && Name(c) == "p") {
        double ld = LinkDensity(s);
        std::string_view last = LastBlockText(s);
        keep = (s.text > 80 && ld < 0.25) ||
               (s.text > 0 && s.text <= 80 && ld == 0 && !last.empty() && last.back() == '.');
      }
      if (keep) out.push_back(i);
    }
    return out;
  }

  std::vector<ElementInfo>& el_;
  const std::vector<Block>& blocks_;
};

// Marks boilerplate inside `container`: a list or box that is mostly links
// ("Related", "Read more", tag clouds) is dropped with everything in it; an
// element holding most of the container's text is a wrapper, not a box, so
// its class ("widget", "main-with-sidebar") does not count.
void MarkBoilerplate(int container, std::vector<ElementInfo>* elements) {
  std::vector<ElementInfo>& el = *elements;
  const size_t container_text = el[container].text;
  for (int i = container; i < el[container].end; ++i) {
    ElementInfo& e = el[i];
    if (i > container && e.negative && e.text * 10 >= container_text * 6) e.negative = false;
    if (!e.negative && e.tag.kind != TagKind::kInline && e.text > 0 && i > container) {
      std::string_view name = Name(e.node);
      bool box = name == "ul" || name == "ol" || name == "div" || name == "section" ||
                 name == "table" || name == "dl";
      double ld = LinkDensity(e);
      if (box && (ld > 0.5 || (ld > 0.3 && e.text < 200 && e.class_weight < 25)))
        e.negative = true;
    }
    int parent_bad = i > container ? el[e.parent].nearest_bad : -1;
    e.nearest_bad = e.negative && i > container ? i : parent_bad;
  }
}

// Whole blocks that are widget labels, not prose, in the languages of the
// pages we read (lower-cased, without trailing ':').
bool IsBoilerplateLabel(std::string_view text) {
  if (text.size() > 40) return false;
  static const auto* labels = new absl::flat_hash_set<std::string>{
      "advertisement", "advert", "ad", "ads", "sponsored", "anzeige", "werbung", "publicidade",
      "publicidad", "pubblicità", "iklan", "реклама", "comments", "comment", "share",
      "share this", "share this article", "share this story", "tweet", "print", "email",
      "related", "related articles", "related stories", "read more", "see also", "more",
      "loading", "loading...", "close", "menu", "skip to content", "skip advertisement",
      "continue reading", "continue reading the main story", "don't miss", "must read"};
  std::string lower(text);
  absl::AsciiStrToLower(&lower);
  while (!lower.empty() && (lower.back() == ':' || lower.back() == ' ')) lower.pop_back();
  return labels->contains(lower);
}

bool KeepBlock(const Block& b, const std::vector<ElementInfo>& el, int container,
               std::string_view title) {
  if (IsBoilerplateLabel(b.text)) return false;
  const ElementInfo& owner = el[b.owner];
  if (owner.nearest_bad > container) return false;  // see MarkBoilerplate
  if (owner.heading1) return false;
  if (b.text == title) return false;
  double ld = b.chars == 0 ? 0 : static_cast<double>(b.link_chars) / b.chars;
  if (ld > 0.5) return false;
  return true;
}

void AppendParagraph(std::string_view text, Article* a) {
  if (!a->text.empty()) a->text.append("\n\n");
  size_t begin = a->text.size();
  a->text.append(text);
  a->paragraphs.push_back({begin, a->text.size()});
}

void ExtractContent(xmlNode* root, const HtmlOptions& options, Article* a) {
  BlockCollector collector;
  collector.Run(root);
  std::vector<ElementInfo>& el = collector.elements;
  const std::vector<Block>& blocks = collector.blocks;
  if (blocks.empty()) return;
  if (!options.main_content_only) {
    for (const Block& b : blocks) AppendParagraph(b.text, a);
    return;
  }
  ContentSelector selector(el, blocks);
  std::vector<int> containers = selector.Select(/*skip_boilerplate_blocks=*/true);
  if (containers.empty()) containers = selector.Select(false);
  auto emit = [&](const std::vector<int>& chosen) {
    std::vector<size_t> kept;
    for (int c : chosen) {
      MarkBoilerplate(c, &el);
      for (size_t i = el[c].first_block; i < el[c].end_block; ++i)
        if (KeepBlock(blocks[i], el, c, a->title)) kept.push_back(i);
    }
    // A heading with no paragraph under it ("Editors' Picks" at the end of
    // the container) titles something that was removed.
    for (size_t k = 0; k < kept.size(); ++k) {
      bool heading = el[blocks[kept[k]].owner].heading;
      bool orphan = k + 1 == kept.size();
      if (!(heading && orphan)) AppendParagraph(blocks[kept[k]].text, a);
    }
  };
  if (containers.empty()) {
    containers.push_back(0);  // nothing scored: the whole page
  }
  emit(containers);
}

// ---------------------------------------------------------------------------
// Attribute cap. libxml2 checks each new attribute of an element against all
// the earlier ones (2.9: a linear scan), so an element with 100k attributes
// took 36 s. One pass over the bytes, before libxml2 sees them, drops every
// attribute of an element beyond the first kMaxAttributes (no real page
// comes near it) and keeps the tag itself whole. It reads tags the way
// HTML's tokenizer does: '>' inside a quoted value does not end a tag,
// comments and the raw text of <script>/<style> hold no tags.

constexpr size_t kMaxAttributes = 64;

bool IsHtmlSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }
bool IsAsciiLetter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// Copies `html` into *out without the attributes beyond kMaxAttributes of
// each element; returns how many were dropped (0: *out is left untouched,
// and nothing was copied).
size_t CapAttributes(std::string_view html, std::string* out) {
  const size_t n = html.size();
  size_t dropped = 0, copied = 0;  // html[0, copied) is in *out (once dropped > 0)
  auto equals_ci = [](std::string_view a, std::string_view b) {
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
             return absl::ascii_tolower(x) == absl::ascii_tolower(y);
           });
  };
  // The end tag "</name" at or after `from`, case-insensitively; npos if none.
  auto find_end_tag = [&](std::string_view name, size_t from) {
    for (size_t i = html.find("</", from); i != std::string_view::npos; i = html.find("</", i + 1))
      if (i + 2 + name.size() <= n && equals_ci(html.substr(i + 2, name.size()), name)) return i;
    return std::string_view::npos;
  };
  size_t i = 0;
  while ((i = html.find('<', i)) != std::string_view::npos) {
    if (html.substr(i, 4) == "<!--") {
      size_t end = html.find("-->", i + 4);
      i = end == std::string_view::npos ? n : end + 3;
      continue;
    }
    if (i + 1 >= n || !IsAsciiLetter(html[i + 1])) { ++i; continue; }
    size_t p = i + 1;
    while (p < n && !IsHtmlSpace(html[p]) && html[p] != '/' && html[p] != '>') ++p;
    std::string_view name = html.substr(i + 1, p - i - 1);
    size_t count = 0, cut = std::string_view::npos;
    while (true) {
      size_t attr = p;  // the attribute starts with the spaces before it
      while (p < n && (IsHtmlSpace(html[p]) || html[p] == '/')) ++p;
      if (p >= n || html[p] == '>') break;
      // Name (a leading '=' belongs to it), then an optional "= value".
      size_t q = p + 1;
      while (q < n && !IsHtmlSpace(html[q]) && html[q] != '/' && html[q] != '>' && html[q] != '=') ++q;
      while (q < n && IsHtmlSpace(html[q])) ++q;
      if (q < n && html[q] == '=') {
        ++q;
        while (q < n && IsHtmlSpace(html[q])) ++q;
        if (q < n && (html[q] == '"' || html[q] == '\'')) {
          size_t close = html.find(html[q], q + 1);
          q = close == std::string_view::npos ? n : close + 1;
        } else {
          while (q < n && !IsHtmlSpace(html[q]) && html[q] != '>') ++q;
        }
      }
      if (++count > kMaxAttributes) {
        if (cut == std::string_view::npos) cut = attr;
        ++dropped;
      }
      p = q;
    }
    if (cut != std::string_view::npos) {
      out->append(html.substr(copied, cut - copied));
      copied = p;  // from the tag's '>' (or the end of the input) on
    }
    i = p;
    if (equals_ci(name, "script") || equals_ci(name, "style")) {
      size_t end = find_end_tag(name, i);
      i = end == std::string_view::npos ? n : end;
    }
  }
  if (dropped > 0) out->append(html.substr(copied));
  return dropped;
}

struct DocFree {
  void operator()(xmlDoc* d) const { xmlFreeDoc(d); }
};
struct ParserCtxtFree {
  void operator()(htmlParserCtxt* c) const { htmlFreeParserCtxt(c); }
};

// The parsed page: `doc` is null, with `blank` set, for input without any
// markup or text, where libxml2 builds no tree.
struct ParsedHtml {
  std::unique_ptr<xmlDoc, DocFree> doc;
  xmlNode* root = nullptr;
  bool blank = false;
};

// The one HTML parse of ingest (ParseHtmlArticle, ReadJsonLdBlocks): size
// limit, UTF-8 repair, attribute cap, libxml2 with no network.
absl::StatusOr<ParsedHtml> ParseDocument(std::string_view html, const HtmlOptions& options,
                                         std::vector<std::string>* notes) {
  if (html.size() > options.max_bytes)
    return absl::ResourceExhaustedError(
        absl::StrCat("HTML document of ", html.size(), " bytes exceeds ", options.max_bytes));
  static const bool initialized = [] {
    xmlInitParser();
    return true;
  }();
  (void)initialized;
  // Most pages are valid UTF-8 without NULs: parse them in place and copy
  // only the ones that need repair (the copy costs a fifth of the parse).
  std::string repaired;
  std::string_view input = html;
  if (html.find('\0') != std::string_view::npos || !IsValidUtf8(html)) {
    RepairUtf8(html, &repaired);
    input = repaired;
  }
  std::string capped;
  if (size_t dropped = CapAttributes(input, &capped); dropped > 0) {
    input = capped;
    if (notes != nullptr)
      notes->push_back(absl::StrCat("HTML elements with more than ", kMaxAttributes,
                                    " attributes: ", dropped, " attributes beyond them were not read"));
  }
  if (input.size() > static_cast<size_t>(INT32_MAX))
    return absl::ResourceExhaustedError("HTML document too large for libxml2");
  constexpr int kOptions = HTML_PARSE_NONET | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
                           HTML_PARSE_RECOVER | HTML_PARSE_COMPACT | HTML_PARSE_IGNORE_ENC;
  // Through a parser context of our own, to learn whether libxml2 stopped
  // at its depth limit (it says so only in the context's last error).
  std::unique_ptr<htmlParserCtxt, ParserCtxtFree> ctxt(htmlNewParserCtxt());
  if (!ctxt) return absl::ResourceExhaustedError("libxml2: out of memory");
  ParsedHtml parsed;
  parsed.doc.reset(htmlCtxtReadMemory(ctxt.get(), input.data(), static_cast<int>(input.size()), nullptr,
                                      "UTF-8", kOptions));
  if (notes != nullptr && ctxt->lastError.code == XML_ERR_INTERNAL_ERROR &&
      ctxt->lastError.message != nullptr &&
      std::string_view(ctxt->lastError.message).starts_with("Excessive depth"))
    notes->push_back(
        "HTML nested deeper than 256 elements: what lies deeper, and everything after it, "
        "was not read");
  parsed.root = parsed.doc ? xmlDocGetRootElement(parsed.doc.get()) : nullptr;
  if (parsed.root == nullptr) {
    // libxml2 builds no tree for input without any markup or text.
    if (input.find_first_not_of(" \t\r\n") == std::string_view::npos) {
      parsed.blank = true;
      return parsed;
    }
    return absl::InvalidArgumentError("not parseable as HTML");
  }
  return parsed;
}

}  // namespace

absl::StatusOr<Article> ParseHtmlArticle(std::string_view html, std::string_view url_hint,
                                         const HtmlOptions& options,
                                         std::vector<std::string>* notes) {
  absl::StatusOr<ParsedHtml> parsed = ParseDocument(html, options, notes);
  if (!parsed.ok()) return parsed.status();
  Article article;
  if (parsed->blank) {
    article.url = std::string(url_hint);
    article.outlet = UrlHost(article.url);
    return article;
  }
  Meta meta;
  CollectMetadata(parsed->root, &meta);
  FinishMetadata(meta, url_hint, &article);
  ExtractContent(parsed->root, options, &article);
  return article;
}

absl::StatusOr<std::vector<JsonLdBlock>> ReadJsonLdBlocks(std::string_view html, const HtmlOptions& options) {
  absl::StatusOr<ParsedHtml> parsed = ParseDocument(html, options, nullptr);
  if (!parsed.ok()) return parsed.status();
  std::vector<JsonLdBlock> blocks;
  if (parsed->blank) return blocks;
  WalkTree(parsed->root, [&](xmlNode* n) {
    if (n->type != XML_ELEMENT_NODE) return false;
    if (Name(n) != "script") return true;
    if (IsJsonLdScript(n))
      blocks.push_back(JsonLdBlock{TextContent(n, kMaxJsonLdBytes), std::max<long>(1, xmlGetLineNo(n))});
    return false;
  }, [](xmlNode*) {});
  return blocks;
}

}  // namespace qtrack
