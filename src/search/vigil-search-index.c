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
 * (essential guidance ranks above advanced). Hyphenated words and a verb with its particle
 * are also indexed as one: "Wi-Fi" is found by "wifi", "e-mail" by "email", "back up" by
 * "backup".
 *
 * Folding is most of the cost of building, and the catalog repeats its words: each distinct
 * word as written is folded once and remembered, which makes building several times faster
 * and lets snippets find matches without folding again. */

enum { FIELD_TITLE, FIELD_SUMMARY, FIELD_BODY, N_FIELDS };
static const double field_weights[N_FIELDS] = { 3.0, 2.0, 1.0 };

typedef struct
{
  VigilSearchKind  kind;
  char            *key;
  char            *target_id;
  char            *texts[N_FIELDS];
  double           bonus;
  gboolean         removed;
} Document;

typedef struct
{
  guint  document;
  guint8 fields;  /* bit per field the word occurs in */
} Posting;

typedef struct
{
  char   *text;      /* folded */
  GArray *postings;  /* Posting, by document */
} Word;

/* A word as written, and what it folds to. */
typedef struct
{
  Word *folded;
  Word *alternate;  /* nullable: the ASCII spelling of a word that is not ASCII */
} Folding;

struct _VigilSearchIndex
{
  GObject     parent_instance;

  GPtrArray  *documents;  /* Document */
  GHashTable *keys;       /* key → index in documents + 1, for documents that have one */
  GHashTable *boosts;     /* target id → double *, added to the catalog's matches */
  guint       n_removed;
  GHashTable *words;      /* folded text → Word */
  GHashTable *foldings;   /* word as written → Folding */
  GPtrArray  *sorted;     /* Word by text, for prefix search; NULL when words were added */
  GString    *scratch;    /* the word being looked up, to look up without allocating */
  GString    *joined;     /* two words being joined, likewise */
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
  g_free (document->key);
  g_free (document->target_id);
  for (guint i = 0; i < N_FIELDS; i++)
    g_free (document->texts[i]);
  g_free (document);
}

static void
word_free (Word *word)
{
  g_free (word->text);
  g_array_unref (word->postings);
  g_free (word);
}

static void
vigil_search_index_finalize (GObject *object)
{
  VigilSearchIndex *self = (VigilSearchIndex *)object;

  g_clear_pointer (&self->sorted, g_ptr_array_unref);
  g_clear_pointer (&self->foldings, g_hash_table_unref);
  g_clear_pointer (&self->words, g_hash_table_unref);
  g_clear_pointer (&self->keys, g_hash_table_unref);
  g_clear_pointer (&self->boosts, g_hash_table_unref);
  g_clear_pointer (&self->documents, g_ptr_array_unref);
  g_string_free (self->scratch, TRUE);
  g_string_free (self->joined, TRUE);

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
  self->keys = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->boosts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->words = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, (GDestroyNotify) word_free);
  self->foldings = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->scratch = g_string_new (NULL);
  self->joined = g_string_new (NULL);
}

VigilSearchIndex *
vigil_search_index_new (void)
{
  return g_object_new (VIGIL_TYPE_SEARCH_INDEX, NULL);
}

/* Words are what g_str_tokenize_and_fold() splits on: runs of letters, digits and marks. */
static inline gboolean
is_word_char (gunichar c)
{
  return g_unichar_isalnum (c) || g_unichar_ismark (c);
}

/* The next word of @text from *@p, or FALSE at the end; *@p moves past it. */
static gboolean
next_word (const char **p,
           const char **start,
           const char **end)
{
  const char *s = *p;

  while (*s != '\0' && !((guchar) *s < 0x80 ? g_ascii_isalnum (*s)
                                             : is_word_char (g_utf8_get_char (s))))
    s = g_utf8_next_char (s);
  if (*s == '\0')
    return FALSE;

  *start = s;
  while (*s != '\0' && ((guchar) *s < 0x80 ? g_ascii_isalnum (*s)
                                            : is_word_char (g_utf8_get_char (s))))
    s = g_utf8_next_char (s);
  *end = *p = s;
  return TRUE;
}

static Word *
intern_word (VigilSearchIndex *self,
             const char       *text)
{
  Word *word = g_hash_table_lookup (self->words, text);

  if (word == NULL)
    {
      word = g_new0 (Word, 1);
      word->text = g_strdup (text);
      word->postings = g_array_new (FALSE, FALSE, sizeof (Posting));
      g_hash_table_insert (self->words, word->text, word);
      g_clear_pointer (&self->sorted, g_ptr_array_unref);
    }

  return word;
}

static const Folding *
fold_word (VigilSearchIndex *self,
           const char       *start,
           const char       *end)
{
  Folding *folding;
  g_auto(GStrv) alternates = NULL;
  g_auto(GStrv) folded = NULL;

  g_string_truncate (self->scratch, 0);
  g_string_append_len (self->scratch, start, end - start);
  folding = g_hash_table_lookup (self->foldings, self->scratch->str);
  if (folding != NULL)
    return folding;

  folding = g_new0 (Folding, 1);
  if (g_str_is_ascii (self->scratch->str))
    {
      /* Normalizing ASCII changes nothing, case-folding it is lowering it, and it has no
       * other spelling: the same as below without its cost, for most words. */
      g_autofree char *lower = g_ascii_strdown (self->scratch->str, self->scratch->len);

      folding->folded = intern_word (self, lower);
    }
  else
    {
      /* The word is one token to GLib too, so this is what it makes of it in context. */
      folded = g_str_tokenize_and_fold (self->scratch->str, NULL, &alternates);
      if (folded[0] != NULL)
        folding->folded = intern_word (self, folded[0]);
      if (alternates[0] != NULL)
        folding->alternate = intern_word (self, alternates[0]);
    }
  g_hash_table_insert (self->foldings, g_strdup (self->scratch->str), folding);

  return folding;
}

static void
add_posting (Word  *word,
             guint  document,
             guint  field)
{
  GArray *postings = word->postings;
  Posting *last;

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

/* Particles that make one word with the verb before them when written closed up ("back up"
 * and "backup", "log in" and "login", "check out" and "checkout"). */
static gboolean
is_particle (const char *word)
{
  switch (word[0])
    {
    case 'u':
      return strcmp (word, "up") == 0;
    case 'i':
      return strcmp (word, "in") == 0;
    case 'o':
      return strcmp (word, "on") == 0 || strcmp (word, "out") == 0 || strcmp (word, "off") == 0;
    default:
      return FALSE;
    }
}

/* The folded word that @first and @second, written @between apart, also stand for, or
 * %NULL: joined by a hyphen ("Wi-Fi", "e-mail"), or a verb and its particle ("back up").
 * Joining every pair of words made building the index twice as slow. The text is valid
 * until the next call. */
static const char *
joined_text (VigilSearchIndex *self,
             const Folding    *first,
             const Folding    *second,
             const char       *between,
             gsize             between_length)
{
  if (first == NULL || first->folded == NULL || second->folded == NULL || between_length != 1
      || (*between != '-' && !(*between == ' ' && is_particle (second->folded->text))))
    return NULL;

  g_string_assign (self->joined, first->folded->text);
  g_string_append (self->joined, second->folded->text);

  return self->joined->str;
}

static Word *
join_words (VigilSearchIndex *self,
            const Folding    *first,
            const Folding    *second,
            const char       *between,
            gsize             between_length)
{
  const char *text = joined_text (self, first, second, between, between_length);

  return text != NULL ? intern_word (self, text) : NULL;
}

static void
index_document (VigilSearchIndex *self,
                guint             index)
{
  Document *document = g_ptr_array_index (self->documents, index);

  for (guint field = 0; field < N_FIELDS; field++)
    {
      const char *p = document->texts[field], *start, *end, *previous_end = NULL;
      const Folding *previous = NULL;

      if (p == NULL)
        continue;

      while (next_word (&p, &start, &end))
        {
          const Folding *folding = fold_word (self, start, end);
          Word *joined = join_words (self, previous, folding, previous_end,
                                     previous_end != NULL ? (gsize) (start - previous_end) : 0);

          if (folding->folded != NULL)
            add_posting (folding->folded, index, field);
          if (folding->alternate != NULL)
            add_posting (folding->alternate, index, field);
          if (joined != NULL)
            add_posting (joined, index, field);
          previous = folding;
          previous_end = end;
        }
    }
}

/* Drops removed documents and their postings, once they are a good part of the index: a
 * note edited many times leaves a removed document per save. */
static void
compact (VigilSearchIndex *self)
{
  GHashTableIter iter;
  gpointer value;
  guint kept = 0;

  g_hash_table_iter_init (&iter, self->words);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    g_array_set_size (((Word *) value)->postings, 0);
  g_hash_table_remove_all (self->keys);

  for (guint i = 0; i < self->documents->len; i++)
    {
      Document *document = g_ptr_array_index (self->documents, i);

      if (document->removed)
        {
          document_free (document);
          continue;
        }
      self->documents->pdata[kept] = document;
      if (document->key != NULL)
        g_hash_table_insert (self->keys, g_strdup (document->key), GUINT_TO_POINTER (kept + 1));
      index_document (self, kept);
      kept++;
    }
  /* The removed ones were freed above. */
  self->documents->len = kept;
  self->n_removed = 0;
}

/**
 * vigil_search_index_add_document:
 * @document: what to add; copied
 *
 * Adds @document; one with the same key is replaced.
 */
void
vigil_search_index_add_document (VigilSearchIndex          *self,
                                 const VigilSearchDocument *document)
{
  Document *added;
  guint index;

  g_return_if_fail (VIGIL_IS_SEARCH_INDEX (self));
  g_return_if_fail (document != NULL && document->title != NULL);

  if (document->key != NULL)
    vigil_search_index_remove (self, document->key);

  added = g_new0 (Document, 1);
  added->kind = document->kind;
  added->key = g_strdup (document->key);
  added->target_id = g_strdup (document->target_id);
  added->texts[FIELD_TITLE] = g_strdup (document->title);
  added->texts[FIELD_SUMMARY] = g_strdup (document->summary);
  added->texts[FIELD_BODY] = g_strdup (document->body);
  added->bonus = document->bonus;
  index = self->documents->len;
  g_ptr_array_add (self->documents, added);
  if (added->key != NULL)
    g_hash_table_insert (self->keys, g_strdup (added->key), GUINT_TO_POINTER (index + 1));

  index_document (self, index);
}

/**
 * vigil_search_index_add:
 * @target_id: (nullable): the page a result opens
 * @summary: (nullable): second-rank text
 * @body: (nullable): third-rank text
 * @bonus: added to the score of every match of this document
 *
 * Adds a document that stays, as vigil_search_index_add_document() with no key.
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
  VigilSearchDocument document = { kind, NULL, target_id, title, summary, body, bonus };

  vigil_search_index_add_document (self, &document);
}

/**
 * vigil_search_index_remove:
 * @key: the key a document was added with
 *
 * Returns: whether there was such a document
 */
gboolean
vigil_search_index_remove (VigilSearchIndex *self,
                           const char       *key)
{
  guint index;
  Document *document;

  g_return_val_if_fail (VIGIL_IS_SEARCH_INDEX (self), FALSE);
  g_return_val_if_fail (key != NULL, FALSE);

  index = GPOINTER_TO_UINT (g_hash_table_lookup (self->keys, key));
  if (index == 0)
    return FALSE;

  document = g_ptr_array_index (self->documents, index - 1);
  document->removed = TRUE;
  g_hash_table_remove (self->keys, key);
  self->n_removed++;
  if (self->n_removed > 64 && self->n_removed > self->documents->len / 4)
    compact (self);

  return TRUE;
}

/**
 * vigil_search_index_set_boost:
 * @target_id: a guideline or entry id
 * @boost: added to the score of its catalog text's matches (not to notes or own steps)
 *
 * Ranks what matters to the person above what does not, when both match.
 */
void
vigil_search_index_set_boost (VigilSearchIndex *self,
                              const char       *target_id,
                              double            boost)
{
  g_return_if_fail (VIGIL_IS_SEARCH_INDEX (self));
  g_return_if_fail (target_id != NULL);

  g_hash_table_insert (self->boosts, g_strdup (target_id), g_memdup2 (&boost, sizeof boost));
}

void
vigil_search_index_clear_boosts (VigilSearchIndex *self)
{
  g_return_if_fail (VIGIL_IS_SEARCH_INDEX (self));
  g_hash_table_remove_all (self->boosts);
}

/**
 * vigil_search_index_get_n_documents:
 *
 * Returns: how many documents can be found
 */
guint
vigil_search_index_get_n_documents (VigilSearchIndex *self)
{
  g_return_val_if_fail (VIGIL_IS_SEARCH_INDEX (self), 0);
  return self->documents->len - self->n_removed;
}

static int
compare_words (gconstpointer a,
               gconstpointer b)
{
  return strcmp ((*(Word * const *) a)->text, (*(Word * const *) b)->text);
}

static void
ensure_sorted (VigilSearchIndex *self)
{
  GHashTableIter iter;
  gpointer word;

  if (self->sorted != NULL)
    return;

  self->sorted = g_ptr_array_sized_new (g_hash_table_size (self->words));
  g_hash_table_iter_init (&iter, self->words);
  while (g_hash_table_iter_next (&iter, NULL, &word))
    g_ptr_array_add (self->sorted, word);
  g_ptr_array_sort (self->sorted, compare_words);
}

/* Index of the first word not sorting before @prefix. */
static guint
lower_bound (GPtrArray  *sorted,
             const char *prefix)
{
  guint low = 0, high = sorted->len;

  while (low < high)
    {
      guint middle = low + (high - low) / 2;

      if (strcmp (((Word *) g_ptr_array_index (sorted, middle))->text, prefix) < 0)
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

static gboolean
folding_matches (const Folding *folding,
                 GStrv          terms)
{
  for (guint t = 0; terms[t] != NULL; t++)
    if ((folding->folded != NULL && g_str_has_prefix (folding->folded->text, terms[t]))
        || (folding->alternate != NULL && g_str_has_prefix (folding->alternate->text, terms[t])))
      return TRUE;
  return FALSE;
}

/* Whether the word folded to @first, ending at @first_end, and the word after it begin with
 * a query word as one (see joined_text). */
static gboolean
pair_matches (VigilSearchIndex *self,
              const Folding    *first,
              const char       *first_end,
              GStrv             terms)
{
  const char *p = first_end, *start, *end, *joined;

  /* Most words are followed by a space and a word too long to be a particle: no need to fold
   * the next word to know. */
  if ((*first_end != ' ' && *first_end != '-') || !next_word (&p, &start, &end)
      || (*first_end == ' ' && end - start > 3))
    return FALSE;
  joined = joined_text (self, first, fold_word (self, start, end), first_end,
                        (gsize) (start - first_end));
  if (joined == NULL)
    return FALSE;
  for (guint t = 0; terms[t] != NULL; t++)
    if (g_str_has_prefix (joined, terms[t]))
      return TRUE;
  return FALSE;
}

/* A line of @text around the first word that begins with a query word (alone or joined with
 * the next), every such word in it in bold, escaped for Pango markup; %NULL when no word of
 * @text matches. */
static char *
make_snippet (VigilSearchIndex *self,
              const char       *text,
              GStrv             terms)
{
  const char *p = text, *start, *end, *from, *to;
  const Folding *folding;
  gboolean bold_next = FALSE;
  GString *snippet;

  do
    {
      if (!next_word (&p, &start, &end))
        return NULL;
      folding = fold_word (self, start, end);
    }
  while (!folding_matches (folding, terms) && !pair_matches (self, folding, end, terms));

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
  p = from;
  while (next_word (&p, &start, &end) && end <= to)
    {
      g_autofree char *before = g_markup_escape_text (from, start - from);
      g_autofree char *word = g_markup_escape_text (start, end - start);
      gboolean bold = bold_next;

      folding = fold_word (self, start, end);
      bold_next = pair_matches (self, folding, end, terms);
      bold = bold || bold_next || folding_matches (folding, terms);

      g_string_append_printf (snippet, bold ? "%s<b>%s</b>" : "%s%s", before, word);
      from = end;
    }
  {
    g_autofree char *rest = g_markup_escape_text (from, to - from);

    g_string_append (snippet, rest);
  }
  if (*to != '\0')
    g_string_append (snippet, "…");
  /* Guidance text has line breaks between paragraphs; a snippet is one line. */
  g_strdelimit (snippet->str, "\n", ' ');

  return g_string_free (snippet, FALSE);
}

typedef struct
{
  guint  document;
  double score;
} Candidate;

/* Best first; equal scores in the order documents were added, which is catalog order. */
static int
compare_candidates (gconstpointer a,
                    gconstpointer b)
{
  const Candidate *x = a, *y = b;

  if (x->score != y->score)
    return x->score > y->score ? -1 : 1;
  return x->document < y->document ? -1 : x->document > y->document;
}

/* Adds to @scores each document's best weight for one query word; @matched counts the words
 * each document matched. */
static void
score_term (VigilSearchIndex *self,
            const char       *term,
            double           *weights,
            double           *scores,
            guint            *matched)
{
  guint n_documents = self->documents->len;

  memset (weights, 0, n_documents * sizeof (double));

  for (guint w = lower_bound (self->sorted, term); w < self->sorted->len; w++)
    {
      Word *word = g_ptr_array_index (self->sorted, w);
      /* A whole word counts a little more than a word it only begins. */
      double exact;

      if (!g_str_has_prefix (word->text, term))
        break;

      exact = g_str_equal (word->text, term) ? 0.5 : 0;
      for (guint p = 0; p < word->postings->len; p++)
        {
          const Posting *posting = &g_array_index (word->postings, Posting, p);
          double weight = best_weight (posting->fields) + exact;

          if (weight > weights[posting->document])
            weights[posting->document] = weight;
        }
    }

  for (guint d = 0; d < n_documents; d++)
    if (weights[d] > 0)
      {
        matched[d]++;
        scores[d] += weights[d];
      }
}

static VigilSearchResult *
make_result (VigilSearchIndex *self,
             const Candidate  *candidate,
             GStrv             terms)
{
  Document *document = g_ptr_array_index (self->documents, candidate->document);
  VigilSearchResult *result = g_new0 (VigilSearchResult, 1);

  result->kind = document->kind;
  result->target_id = g_strdup (document->target_id);
  result->title = g_strdup (document->texts[FIELD_TITLE]);
  result->score = candidate->score;
  /* A title that matches is shown as the title; the snippet shows the text below it. */
  for (guint field = FIELD_SUMMARY; field < N_FIELDS && result->snippet == NULL; field++)
    if (document->texts[field] != NULL)
      result->snippet = make_snippet (self, document->texts[field], terms);
  if (result->snippet == NULL)
    result->snippet = make_snippet (self, result->title, terms);
  if (result->snippet == NULL)
    result->snippet = g_markup_escape_text (result->title, -1);

  return result;
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
  g_autofree double *weights = NULL;
  g_autofree double *scores = NULL;
  g_autofree guint *matched = NULL;
  g_autoptr(GArray) candidates = NULL;
  guint n_terms, n_documents;

  g_return_val_if_fail (VIGIL_IS_SEARCH_INDEX (self), results);
  g_return_val_if_fail (query != NULL, results);

  terms = g_str_tokenize_and_fold (query, NULL, &alternates);
  n_terms = g_strv_length (terms);
  n_documents = self->documents->len;
  if (n_terms == 0 || n_documents == 0)
    return results;

  ensure_sorted (self);
  weights = g_new (double, n_documents);
  scores = g_new0 (double, n_documents);
  matched = g_new0 (guint, n_documents);
  for (guint t = 0; t < n_terms; t++)
    score_term (self, terms[t], weights, scores, matched);

  candidates = g_array_new (FALSE, FALSE, sizeof (Candidate));
  for (guint d = 0; d < n_documents; d++)
    if (matched[d] == n_terms)
      {
        Document *document = g_ptr_array_index (self->documents, d);
        Candidate candidate = { d, scores[d] + document->bonus };
        const double *boost = NULL;

        if (document->removed)
          continue;
        if (document->key == NULL && document->target_id != NULL)
          boost = g_hash_table_lookup (self->boosts, document->target_id);
        if (boost != NULL)
          candidate.score += *boost;
        g_array_append_val (candidates, candidate);
      }
  g_array_sort (candidates, compare_candidates);

  /* Snippets only for what is returned: they are the slow part. */
  for (guint c = 0; c < MIN (candidates->len, limit); c++)
    g_ptr_array_add (results, make_result (self, &g_array_index (candidates, Candidate, c),
                                           terms));

  return results;
}
