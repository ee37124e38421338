/* vigil-search-index.c
 *
 * Copyright 2026 The Vigil developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "vigil-search-index.h"

/* An in-memory index of folded word → documents. Words are case- and accent-folded for the
 * current locale by g_str_tokenize_and_fold(), with their ASCII alternates, so "telefono"
 * finds "Teléfono". Query words match as prefixes (found while typing) and all must match.
 * A document scores by where each word matched: title 3, summary 2, body 1, plus a bonus
 * (essential guidance ranks above advanced). */

enum { FIELD_TITLE, FIELD_SUMMARY, FIELD_BODY, N_FIELDS };
static const double field_weights[N_FIELDS] = { 3.0, 2.0, 1.0 };

typedef struct
{
  VigilSearchKind  kind;
  char            *target_id;
  char            *texts[N_FIELDS];
  double           bonus;
} Document;

typedef struct
{
  guint  document;
  guint8 fields;  /* bit per field the word occurs in */
} Posting;

struct _VigilSearchIndex
{
  GObject     parent_instance;

  GPtrArray  *documents;  /* Document */
  GHashTable *postings;   /* folded word → GArray of Posting */
  GPtrArray  *words;      /* sorted keys of postings, for prefix search; NULL when stale */
};

G_DEFINE_FINAL_TYPE (VigilSearchIndex, vigil_search_index, G_TYPE_OBJECT)

void
vigil_search_result_free (VigilSearchResult *result)
{
  if (result == NULL)
    return;

  g_free (result->target_id);
  g_free (result->title);
  g_free (result->snippet);
  g_free (result);
}

static void
document_free (Document *document)
{
  g_free (document->target_id);
  for (guint i = 0; i < N_FIELDS; i++)
    g_free (document->texts[i]);
  g_free (document);
}

static void
vigil_search_index_finalize (GObject *object)
{
  VigilSearchIndex *self = (VigilSearchIndex *)object;

  g_clear_pointer (&self->documents, g_ptr_array_unref);
  g_clear_pointer (&self->postings, g_hash_table_unref);
  g_clear_pointer (&self->words, g_ptr_array_unref);

  G_OBJECT_CLASS (vigil_search_index_parent_class)->finalize (object);
}

static void
vigil_search_index_class_init (VigilSearchIndexClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = vigil_search_index_finalize;
}

static void
vigil_search_index_init (VigilSearchIndex *self)
{
  self->documents = g_ptr_array_new_with_free_func ((GDestroyNotify) document_free);
  self->postings = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                          (GDestroyNotify) g_array_unref);
}

VigilSearchIndex *
vigil_search_index_new (void)
{
  return g_object_new (VIGIL_TYPE_SEARCH_INDEX, NULL);
}

static void
add_word (VigilSearchIndex *self,
          const char       *word,
          guint             document,
          guint             field)
{
  GArray *postings = g_hash_table_lookup (self->postings, word);
  Posting *last;

  if (postings == NULL)
    {
      postings = g_array_new (FALSE, FALSE, sizeof (Posting));
      g_hash_table_insert (self->postings, g_strdup (word), postings);
    }

  /* Documents are added in order, so a repeat of the word in this document is the last. */
  last = postings->len > 0 ? &g_array_index (postings, Posting, postings->len - 1) : NULL;
  if (last != NULL && last->document == document)
    last->fields |= 1 << field;
  else
    {
      Posting posting = { document, 1 << field };
      g_array_append_val (postings, posting);
    }
}

/**
 * vigil_search_index_add:
 * @target_id: (nullable): the page a result opens
 * @summary: (nullable): second-rank text
 * @body: (nullable): third-rank text
 * @bonus: added to the score of every match of this document
 */
void
vigil_search_index_add (VigilSearchIndex *self,
                        VigilSearchKind   kind,
                        const char       *target_id,
                        const char       *title,
                        const char       *summary,
                        const char       *body,
                        double            bonus)
{
  Document *document;
  guint index;

  g_return_if_fail (VIGIL_IS_SEARCH_INDEX (self));
  g_return_if_fail (title != NULL);

  document = g_new0 (Document, 1);
  document->kind = kind;
  document->target_id = g_strdup (target_id);
  document->texts[FIELD_TITLE] = g_strdup (title);
  document->texts[FIELD_SUMMARY] = g_strdup (summary);
  document->texts[FIELD_BODY] = g_strdup (body);
  document->bonus = bonus;
  index = self->documents->len;
  g_ptr_array_add (self->documents, document);

  for (guint field = 0; field < N_FIELDS; field++)
    {
      g_auto(GStrv) alternates = NULL;
      g_auto(GStrv) words = NULL;

      if (document->texts[field] == NULL)
        continue;

      words = g_str_tokenize_and_fold (document->texts[field], NULL, &alternates);
      for (guint i = 0; words[i] != NULL; i++)
        add_word (self, words[i], index, field);
      for (guint i = 0; alternates[i] != NULL; i++)
        add_word (self, alternates[i], index, field);
    }

  g_clear_pointer (&self->words, g_ptr_array_unref);
}

guint
vigil_search_index_get_n_documents (VigilSearchIndex *self)
{
  g_return_val_if_fail (VIGIL_IS_SEARCH_INDEX (self), 0);
  return self->documents->len;
}

static int
compare_words (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

static void
ensure_sorted (VigilSearchIndex *self)
{
  GHashTableIter iter;
  gpointer word;

  if (self->words != NULL)
    return;

  self->words = g_ptr_array_sized_new (g_hash_table_size (self->postings));
  g_hash_table_iter_init (&iter, self->postings);
  while (g_hash_table_iter_next (&iter, &word, NULL))
    g_ptr_array_add (self->words, word);
  g_ptr_array_sort (self->words, compare_words);
}

/* Index of the first word not sorting before @prefix. */
static guint
lower_bound (GPtrArray  *words,
             const char *prefix)
{
  guint low = 0, high = words->len;

  while (low < high)
    {
      guint middle = low + (high - low) / 2;

      if (strcmp (g_ptr_array_index (words, middle), prefix) < 0)
        low = middle + 1;
      else
        high = middle;
    }

  return low;
}

static double
best_weight (guint8 fields)
{
  for (guint field = 0; field < N_FIELDS; field++)
    if (fields & (1 << field))
      return field_weights[field];
  return 0;
}

/* Whether @word of a text, folded, starts with @prefix (already folded). */
static gboolean
word_matches (const char *word,
              const char *prefix)
{
  g_auto(GStrv) alternates = NULL;
  g_auto(GStrv) folded = g_str_tokenize_and_fold (word, NULL, &alternates);

  for (guint i = 0; folded[i] != NULL; i++)
    if (g_str_has_prefix (folded[i], prefix))
      return TRUE;
  for (guint i = 0; alternates[i] != NULL; i++)
    if (g_str_has_prefix (alternates[i], prefix))
      return TRUE;
  return FALSE;
}

/* Text around the first word starting with @prefix, escaped, the word in bold. */
static char *
make_snippet (const char *text,
              const char *prefix)
{
  const char *p = text;
  GString *snippet;

  while (*p != '\0')
    {
      const char *start, *end, *from, *to;
      g_autofree char *word = NULL;

      while (*p != '\0' && !g_unichar_isalnum (g_utf8_get_char (p)))
        p = g_utf8_next_char (p);
      start = p;
      while (*p != '\0' && g_unichar_isalnum (g_utf8_get_char (p)))
        p = g_utf8_next_char (p);
      end = p;
      if (start == end)
        break;

      word = g_strndup (start, end - start);
      if (!word_matches (word, prefix))
        continue;

      /* About 40 characters before and 80 after, cut at spaces. */
      from = start;
      for (guint n = 0; from > text && n < 40; n++)
        from = g_utf8_prev_char (from);
      while (from > text && from < start && *from != ' ')
        from = g_utf8_next_char (from);
      to = end;
      for (guint n = 0; *to != '\0' && n < 80; n++)
        to = g_utf8_next_char (to);
      while (*to != '\0' && *to != ' ')
        to = g_utf8_next_char (to);

      snippet = g_string_new (from > text ? "…" : "");
      {
        g_autofree char *before = g_markup_escape_text (from, start - from);
        g_autofree char *match = g_markup_escape_text (start, end - start);
        g_autofree char *after = g_markup_escape_text (end, to - end);

        g_string_append_printf (snippet, "%s<b>%s</b>%s", before, match, after);
      }
      if (*to != '\0')
        g_string_append (snippet, "…");
      /* Guidance text has line breaks between paragraphs; a snippet is one line. */
      g_strdelimit (snippet->str, "\n", ' ');
      return g_string_free (snippet, FALSE);
    }

  return NULL;
}

typedef struct
{
  guint  matched;
  double score;
} Hit;

typedef struct
{
  guint       document;
  double      score;
  const char *title;
} Candidate;

static int
compare_candidates (gconstpointer a,
                    gconstpointer b)
{
  const Candidate *x = a, *y = b;

  if (x->score != y->score)
    return x->score > y->score ? -1 : 1;
  return g_utf8_collate (x->title, y->title);
}

/**
 * vigil_search_index_query:
 * @query: what was typed
 * @limit: how many results at most
 *
 * Returns: (transfer full) (element-type VigilSearchResult): the best matches first; empty
 *   when @query has no words
 */
GPtrArray *
vigil_search_index_query (VigilSearchIndex *self,
                          const char       *query,
                          guint             limit)
{
  GPtrArray *results = g_ptr_array_new_with_free_func ((GDestroyNotify) vigil_search_result_free);
  g_auto(GStrv) alternates = NULL;
  g_auto(GStrv) terms = NULL;
  g_autofree Hit *hits = NULL;
  g_autoptr(GArray) candidates = NULL;
  guint n_terms;

  g_return_val_if_fail (VIGIL_IS_SEARCH_INDEX (self), results);
  g_return_val_if_fail (query != NULL, results);

  terms = g_str_tokenize_and_fold (query, NULL, &alternates);
  n_terms = g_strv_length (terms);
  if (n_terms == 0 || self->documents->len == 0)
    return results;

  ensure_sorted (self);
  hits = g_new0 (Hit, self->documents->len);

  for (guint t = 0; t < n_terms; t++)
    {
      g_autofree double *weights = g_new0 (double, self->documents->len);

      for (guint w = lower_bound (self->words, terms[t]);
           w < self->words->len && g_str_has_prefix (g_ptr_array_index (self->words, w), terms[t]);
           w++)
        {
          const char *word = g_ptr_array_index (self->words, w);
          GArray *postings = g_hash_table_lookup (self->postings, word);
          /* A whole word counts a little more than a word it only begins. */
          double exact = g_str_equal (word, terms[t]) ? 0.5 : 0;

          for (guint p = 0; p < postings->len; p++)
            {
              const Posting *posting = &g_array_index (postings, Posting, p);

              weights[posting->document] = MAX (weights[posting->document],
                                                best_weight (posting->fields) + exact);
            }
        }

      for (guint d = 0; d < self->documents->len; d++)
        if (weights[d] > 0)
          {
            hits[d].matched++;
            hits[d].score += weights[d];
          }
    }

  candidates = g_array_new (FALSE, FALSE, sizeof (Candidate));
  for (guint d = 0; d < self->documents->len; d++)
    if (hits[d].matched == n_terms)
      {
        Document *document = g_ptr_array_index (self->documents, d);
        Candidate candidate = { d, hits[d].score + document->bonus, document->texts[FIELD_TITLE] };

        g_array_append_val (candidates, candidate);
      }
  g_array_sort (candidates, compare_candidates);

  /* Snippets only for what is returned: they are the slow part. */
  for (guint c = 0; c < MIN (candidates->len, limit); c++)
    {
      const Candidate *candidate = &g_array_index (candidates, Candidate, c);
      Document *document = g_ptr_array_index (self->documents, candidate->document);
      VigilSearchResult *result = g_new0 (VigilSearchResult, 1);

      result->kind = document->kind;
      result->target_id = g_strdup (document->target_id);
      result->title = g_strdup (document->texts[FIELD_TITLE]);
      result->score = candidate->score;
      for (guint field = 0; field < N_FIELDS && result->snippet == NULL; field++)
        if (document->texts[field] != NULL)
          result->snippet = make_snippet (document->texts[field], terms[0]);
      if (result->snippet == NULL)
        result->snippet = g_markup_escape_text (result->title, -1);
      g_ptr_array_add (results, result);
    }

  return results;
}
