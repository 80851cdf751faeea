// File: ingest/feed_reader.cc
//
// The feed's structure is shallow and fixed (feed/channel -> item/entry ->
// fields), so items are found with plain child loops; only item content
// goes through the HTML extractor.
#include "ingest/feed_reader.h"

#include <libxml/parser.h>
#include <libxml/tree.h>

#include <climits>
#include <memory>
#include <string>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "common/utf8.h"
#include "ingest/article_util.h"
#include "ingest/html_reader.h"
#include "ingest/html_walk.h"

namespace qtrack {
namespace {

using html_internal::Attr;
using html_internal::LanguageCode;
using html_internal::Name;
using html_internal::TextContent;

constexpr size_t kMaxFieldBytes = 16 << 20;

struct DocFree {
  void operator()(xmlDoc* d) const { xmlFreeDoc(d); }
};

std::string_view Prefix(const xmlNode* n) {
  if (n->ns == nullptr || n->ns->prefix == nullptr) return {};
  return reinterpret_cast<const char*>(n->ns->prefix);
}

std::string_view NamespaceUri(const xmlNode* n) {
  if (n->ns == nullptr || n->ns->href == nullptr) return {};
  return reinterpret_cast<const char*>(n->ns->href);
}

bool IsDublinCore(const xmlNode* n) {
  return NamespaceUri(n).find("purl.org/dc/") != std::string_view::npos || Prefix(n) == "dc";
}

bool IsContentModule(const xmlNode* n) {
  return NamespaceUri(n).find("purl.org/rss/1.0/modules/content") != std::string_view::npos ||
         Prefix(n) == "content";
}

std::string Trimmed(std::string_view s) {
  size_t b = s.find_first_not_of(" \t\r\n");
  if (b == std::string_view::npos) return "";
  size_t e = s.find_last_not_of(" \t\r\n");
  return std::string(s.substr(b, e - b + 1));
}

std::string Text(const xmlNode* n) { return Trimmed(TextContent(n, kMaxFieldBytes)); }

// Text with whitespace runs collapsed (titles, names).
std::string LineText(const xmlNode* n) {
  std::string out;
  for (char c : Text(n)) {
    bool space = c == ' ' || c == '\n' || c == '\t' || c == '\r';
    if (space) {
      if (!out.empty() && out.back() != ' ') out.push_back(' ');
    } else {
      out.push_back(c);
    }
  }
  return out;
}

// Serialised children of an Atom type="xhtml" element (markup kept; entity
// references are written back as references, never expanded).
std::string InnerXml(xmlNode* n) {
  std::unique_ptr<xmlBuffer, void (*)(xmlBuffer*)> buf(xmlBufferCreate(), xmlBufferFree);
  if (!buf) return "";
  for (xmlNode* c = n->children; c != nullptr; c = c->next) {
    xmlNodeDump(buf.get(), n->doc, c, 0, 0);
    if (static_cast<size_t>(xmlBufferLength(buf.get())) > kMaxFieldBytes) break;
  }
  return std::string(reinterpret_cast<const char*>(xmlBufferContent(buf.get())),
                     xmlBufferLength(buf.get()));
}

// Fills text and paragraphs from an HTML fragment; plain text when
// `is_html` is false (Atom type="text").
void SetBody(const std::string& body, bool is_html, Article* a) {
  if (body.empty()) return;
  if (is_html) {
    HtmlOptions options;
    options.main_content_only = false;
    absl::StatusOr<Article> parsed = ParseHtmlArticle(body, "", options);
    if (!parsed.ok()) return;
    a->text = std::move(parsed->text);
    a->paragraphs = std::move(parsed->paragraphs);
  } else {
    a->text = body;
    a->paragraphs = SplitParagraphs(a->text);
  }
}

// Atom text constructs: type="html" and "xhtml" carry markup.
std::string AtomText(xmlNode* n, bool* is_html) {
  std::string type = Attr(n, "type");
  *is_html = type == "html" || type == "xhtml" || type == "text/html";
  if (type == "xhtml") return InnerXml(n);
  return Text(n);
}

struct Channel {
  std::string title, link, language;
};

void FinishItem(const Channel& channel, Article* a) {
  a->outlet = !channel.title.empty() ? channel.title : UrlHost(channel.link);
  a->language = channel.language;
}

Article RssItem(xmlNode* item, const Channel& channel) {
  Article a;
  std::string encoded, description, dc_date;
  for (xmlNode* f = item->children; f != nullptr; f = f->next) {
    if (f->type != XML_ELEMENT_NODE) continue;
    std::string_view name = Name(f);
    if (name == "title" && !IsDublinCore(f)) a.title = LineText(f);
    else if (name == "link" && Prefix(f).empty() && a.url.empty()) a.url = Text(f);
    else if (name == "guid") a.id = Text(f);
    else if (name == "pubDate") a.published = NormalizeDate(Text(f));
    else if (name == "date" && IsDublinCore(f)) dc_date = NormalizeDate(Text(f));
    else if ((name == "author" || (name == "creator" && IsDublinCore(f))) && a.byline.empty())
      a.byline = LineText(f);
    else if (name == "encoded" && IsContentModule(f)) encoded = Text(f);
    else if (name == "description") description = Text(f);
  }
  if (a.published.empty()) a.published = dc_date;
  if (a.url.empty() && a.id.rfind("http", 0) == 0) a.url = a.id;
  SetBody(!encoded.empty() ? encoded : description, /*is_html=*/true, &a);
  FinishItem(channel, &a);
  return a;
}

Article AtomEntry(xmlNode* entry, const Channel& channel) {
  Article a;
  std::string content, summary, published, updated;
  bool content_html = false, summary_html = false;
  for (xmlNode* f = entry->children; f != nullptr; f = f->next) {
    if (f->type != XML_ELEMENT_NODE) continue;
    std::string_view name = Name(f);
    if (name == "title") {
      bool html = false;
      std::string t = AtomText(f, &html);
      if (html) {
        HtmlOptions options;
        options.main_content_only = false;
        absl::StatusOr<Article> parsed = ParseHtmlArticle(t, "", options);
        a.title = parsed.ok() ? parsed->text : t;
      } else {
        a.title = LineText(f);
      }
    } else if (name == "link") {
      std::string rel = Attr(f, "rel");
      if ((rel.empty() || rel == "alternate") && a.url.empty()) a.url = Attr(f, "href");
    } else if (name == "id") {
      a.id = Text(f);
    } else if (name == "published") {
      published = NormalizeDate(Text(f));
    } else if (name == "updated") {
      updated = NormalizeDate(Text(f));
    } else if (name == "author" && a.byline.empty()) {
      for (xmlNode* c = f->children; c != nullptr; c = c->next)
        if (c->type == XML_ELEMENT_NODE && Name(c) == "name") a.byline = LineText(c);
    } else if (name == "content") {
      content = AtomText(f, &content_html);
    } else if (name == "summary") {
      summary = AtomText(f, &summary_html);
    }
  }
  a.published = !published.empty() ? published : updated;
  if (!content.empty()) SetBody(content, content_html, &a);
  else SetBody(summary, summary_html, &a);
  FinishItem(channel, &a);
  return a;
}

// RSS 2.0 / 0.9x: rss > channel > item. RSS 1.0: rdf:RDF > channel, item.
void ReadRss(xmlNode* root, const std::function<void(Article&&)>& on_article) {
  Channel channel;
  for (xmlNode* c = root->children; c != nullptr; c = c->next) {
    if (c->type != XML_ELEMENT_NODE || Name(c) != "channel") continue;
    for (xmlNode* f = c->children; f != nullptr; f = f->next) {
      if (f->type != XML_ELEMENT_NODE) continue;
      std::string_view name = Name(f);
      if (name == "title" && channel.title.empty()) channel.title = LineText(f);
      else if (name == "link" && Prefix(f).empty() && channel.link.empty()) channel.link = Text(f);
      else if (name == "language" && channel.language.empty())
        channel.language = LanguageCode(Text(f));
    }
  }
  auto items_of = [&](xmlNode* parent) {
    for (xmlNode* i = parent->children; i != nullptr; i = i->next)
      if (i->type == XML_ELEMENT_NODE && Name(i) == "item") on_article(RssItem(i, channel));
  };
  items_of(root);  // RSS 1.0
  for (xmlNode* c = root->children; c != nullptr; c = c->next)
    if (c->type == XML_ELEMENT_NODE && Name(c) == "channel") items_of(c);
}

void ReadAtom(xmlNode* root, const std::function<void(Article&&)>& on_article) {
  Channel channel;
  xmlChar* lang = xmlNodeGetLang(root);
  if (lang != nullptr) {
    channel.language = LanguageCode(reinterpret_cast<const char*>(lang));
    xmlFree(lang);
  }
  for (xmlNode* f = root->children; f != nullptr; f = f->next) {
    if (f->type != XML_ELEMENT_NODE) continue;
    if (Name(f) == "title" && channel.title.empty()) channel.title = LineText(f);
    else if (Name(f) == "link" && channel.link.empty()) {
      std::string rel = Attr(f, "rel");
      if (rel.empty() || rel == "alternate") channel.link = Attr(f, "href");
    }
  }
  for (xmlNode* e = root->children; e != nullptr; e = e->next)
    if (e->type == XML_ELEMENT_NODE && Name(e) == "entry") on_article(AtomEntry(e, channel));
}

}  // namespace

absl::Status ParseFeed(std::string_view xml, const std::function<void(Article&&)>& on_article) {
  static const bool initialized = [] {
    xmlInitParser();
    return true;
  }();
  (void)initialized;
  std::string repaired;
  std::string_view input = xml;
  if (xml.find('\0') != std::string_view::npos || !IsValidUtf8(xml)) {
    RepairUtf8(xml, &repaired);
    input = repaired;
  }
  if (input.size() > static_cast<size_t>(INT_MAX))
    return absl::ResourceExhaustedError("feed too large for libxml2");
  // No XML_PARSE_NOENT (entities stay references), no XML_PARSE_DTDLOAD
  // (no external DTD), no XML_PARSE_HUGE (libxml2's depth, size and entity
  // amplification limits stay on), XML_PARSE_NONET (no network at all).
  constexpr int kOptions = XML_PARSE_NONET | XML_PARSE_RECOVER | XML_PARSE_NOERROR |
                           XML_PARSE_NOWARNING | XML_PARSE_IGNORE_ENC;
  std::unique_ptr<xmlDoc, DocFree> doc(
      xmlReadMemory(input.data(), static_cast<int>(input.size()), nullptr, "UTF-8", kOptions));
  xmlNode* root = doc ? xmlDocGetRootElement(doc.get()) : nullptr;
  if (root == nullptr) return absl::InvalidArgumentError("not parseable as XML");
  std::string_view name = Name(root);
  if (name == "rss" || name == "RDF") {
    ReadRss(root, on_article);
  } else if (name == "feed") {
    ReadAtom(root, on_article);
  } else {
    return absl::InvalidArgumentError(
        absl::StrCat("not an RSS or Atom feed (root element <", std::string(name), ">)"));
  }
  return absl::OkStatus();
}

}  // namespace qtrack
