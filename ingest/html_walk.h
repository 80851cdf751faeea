// File: ingest/html_walk.h  (private to ingest/: html_reader, feed_reader)
//
// Iterative pre/post-order walk over a libxml2 tree and small node helpers.
// The walk keeps no stack and uses no recursion, so a 10,000-deep document
// costs no C++ stack; it never descends into entity references (whose
// children belong to the entity declaration: following them would expand
// "billion laughs" entities and break the parent-pointer climb).
//
// Thread-safety: pure functions over a tree the caller owns.
#ifndef QTRACK_INGEST_HTML_WALK_H_
#define QTRACK_INGEST_HTML_WALK_H_

#include <libxml/tree.h>

#include <string>
#include <string_view>

namespace qtrack::html_internal {

// Calls enter(n) for `root` and every node below it in document order;
// when enter returns true the node's children are visited and then
// leave(n) is called. Entity-reference nodes are passed to enter but never
// descended into.
template <typename Enter, typename Leave>
void WalkTree(xmlNode* root, Enter&& enter, Leave&& leave) {
  xmlNode* n = root;
  while (n != nullptr) {
    if (enter(n)) {
      if (n->children != nullptr && n->type != XML_ENTITY_REF_NODE) {
        n = n->children;
        continue;
      }
      leave(n);
    }
    while (n != root && n->next == nullptr) {
      n = n->parent;
      if (n == nullptr) return;
      leave(n);
    }
    if (n == root) return;
    n = n->next;
  }
}

// The element's local name ("" for non-elements).
inline std::string_view Name(const xmlNode* n) {
  if (n == nullptr || n->name == nullptr) return {};
  return reinterpret_cast<const char*>(n->name);
}

// The attribute's value, "" when absent. Attribute values are text nodes
// (entity references in attributes are not followed).
inline std::string Attr(const xmlNode* n, const char* name) {
  if (n == nullptr || n->type != XML_ELEMENT_NODE) return {};
  for (const xmlAttr* a = n->properties; a != nullptr; a = a->next) {
    if (a->name == nullptr || std::string_view(reinterpret_cast<const char*>(a->name)) != name)
      continue;
    std::string out;
    for (const xmlNode* c = a->children; c != nullptr; c = c->next)
      if (c->type == XML_TEXT_NODE && c->content != nullptr)
        out.append(reinterpret_cast<const char*>(c->content));
    return out;
  }
  return {};
}

// Concatenated text and CDATA of the subtree, at most `limit` bytes.
// Entity references are not followed (see WalkTree).
inline std::string TextContent(const xmlNode* n, size_t limit) {
  std::string out;
  WalkTree(const_cast<xmlNode*>(n), [&](xmlNode* c) {
    if (out.size() >= limit) return false;
    if (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) {
      if (c->content != nullptr) out.append(reinterpret_cast<const char*>(c->content));
      return false;
    }
    return c == n || c->type == XML_ELEMENT_NODE;
  }, [](xmlNode*) {});
  if (out.size() > limit) out.resize(limit);
  return out;
}

// "en-US", "en_GB", "EN" -> "en"; "" unless the tag starts with a
// two-letter ISO 639-1 code.
inline std::string LanguageCode(std::string_view tag) {
  std::string lower;
  for (char c : tag) {
    if (c == '-' || c == '_') break;
    lower.push_back(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  }
  if (lower.size() != 2 || lower[0] < 'a' || lower[0] > 'z' || lower[1] < 'a' || lower[1] > 'z')
    return "";
  return lower;
}

}  // namespace qtrack::html_internal

#endif  // QTRACK_INGEST_HTML_WALK_H_
