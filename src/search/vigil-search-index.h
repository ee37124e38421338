/* vigil-search-index.h
 *
 * Copyright 2026 The Vigil developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef enum
{
  VIGIL_SEARCH_GUIDELINE,
  VIGIL_SEARCH_ITEM,
  VIGIL_SEARCH_ENTRY,
  VIGIL_SEARCH_NOTE,
  VIGIL_SEARCH_CUSTOM,
} VigilSearchKind;

/**
 * VigilSearchResult:
 * @kind: what matched
 * @target_id: (nullable): the page to open: a guideline or entry id
 * @title: what to show as the result's title
 * @snippet: Pango markup: text around the first match, the match in bold
 * @score: higher is better
 */
typedef struct
{
  VigilSearchKind  kind;
  char            *target_id;
  char            *title;
  char            *snippet;
  double           score;
} VigilSearchResult;

/**
 * VigilSearchDocument:
 * @kind: what the document is
 * @key: (nullable): names a document that can be replaced or removed later (a note, a step
 *   of one's own); %NULL for catalog text, which stays until the index is dropped
 * @target_id: (nullable): the page a result opens: a guideline or entry id
 * @title: first-rank text, shown as the result's title
 * @summary: (nullable): second-rank text
 * @body: (nullable): third-rank text
 * @bonus: added to the score of every match (essential guidance ranks above advanced)
 */
typedef struct
{
  VigilSearchKind  kind;
  const char      *key;
  const char      *target_id;
  const char      *title;
  const char      *summary;
  const char      *body;
  double           bonus;
} VigilSearchDocument;

void vigil_search_result_free (VigilSearchResult *result);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (VigilSearchResult, vigil_search_result_free)

#define VIGIL_TYPE_SEARCH_INDEX (vigil_search_index_get_type())

G_DECLARE_FINAL_TYPE (VigilSearchIndex, vigil_search_index, VIGIL, SEARCH_INDEX, GObject)

VigilSearchIndex *vigil_search_index_new   (void);
void              vigil_search_index_add   (VigilSearchIndex *self,
                                            VigilSearchKind   kind,
                                            const char       *target_id,
                                            const char       *title,
                                            const char       *summary,
                                            const char       *body,
                                            double            bonus);
void              vigil_search_index_add_document (VigilSearchIndex          *self,
                                                   const VigilSearchDocument *document);
gboolean          vigil_search_index_remove       (VigilSearchIndex          *self,
                                                   const char                *key);
void              vigil_search_index_set_boost    (VigilSearchIndex          *self,
                                                   const char                *target_id,
                                                   double                     boost);
void              vigil_search_index_clear_boosts (VigilSearchIndex          *self);
guint             vigil_search_index_get_n_documents (VigilSearchIndex *self);
GPtrArray        *vigil_search_index_query (VigilSearchIndex *self,
                                            const char       *query,
                                            guint             limit);

G_END_DECLS
