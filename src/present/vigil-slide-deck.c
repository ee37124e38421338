/* vigil-slide-deck.c
 *
 * Copyright 2026 The Vigil developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vigil-slide-deck"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "catalog/vigil-catalog-loader.h"
#include "vigil-slide-deck-private.h"

/* What a trainer shows a room: a title slide, then one slide per guideline. The deck is
 * built from the catalog alone and copies what it shows, so it holds no private data and
 * stays valid whatever happens to the catalog or the language afterwards.
 *
 * Where a presentation starts from:
 * - a lesson: its name and its guideline ids, in its order (vigil_slide_deck_new());
 * - a guideline, section or threat: its id (vigil_slide_deck_new_for_id()), which
 *   vigil_slide_deck_ids_for() turns into guideline ids and whose title titles the deck. */

#define MAX_STEPS 5

/* A retired guideline points at its replacement, which may be retired in turn; the catalog
 * rejects dangling links but cannot rule out a long chain. */
#define MAX_REPLACEMENTS 8

struct _VigilSlideDeck
{
  GObject    parent_instance;

  char      *language;
  GPtrArray *slides;
  char      *labels[VIGIL_SLIDE_N_LABELS];
};

G_DEFINE_FINAL_TYPE (VigilSlideDeck, vigil_slide_deck, G_TYPE_OBJECT)
G_DEFINE_QUARK (vigil-slide-deck-error-quark, vigil_slide_deck_error)

static void
step_free (VigilSlideStep *step)
{
  g_free (step->item_id);
  g_free (step->title);
  g_free (step);
}

static void
slide_free (VigilSlide *slide)
{
  if (slide == NULL)
    return;

  g_free (slide->guideline_id);
  g_free (slide->title);
  g_free (slide->summary);
  g_ptr_array_unref (slide->steps);
  g_ptr_array_unref (slide->why);
  g_free (slide);
}

static VigilSlide *
slide_new (VigilSlideKind  kind,
           const char     *guideline_id,
           const char     *title,
           const char     *summary)
{
  VigilSlide *slide = g_new0 (VigilSlide, 1);

  slide->kind = kind;
  slide->guideline_id = g_strdup (guideline_id);
  slide->title = g_strdup (title);
  slide->summary = g_strdup (summary);
  slide->steps = g_ptr_array_new_with_free_func ((GDestroyNotify)step_free);
  slide->why = g_ptr_array_new_with_free_func (g_free);

  return slide;
}

/* Called with gettext in the deck's language: the strings are copied before it changes. */
static void
fetch_labels (VigilSlideDeck *self)
{
  /* Translators: heading over the steps on a presentation slide */
  self->labels[VIGIL_SLIDE_LABEL_KEY_STEPS] = g_strdup (C_("slide", "Key steps"));
  /* Translators: heading over the threats a guideline protects from, on a presentation
   * slide */
  self->labels[VIGIL_SLIDE_LABEL_WHY] = g_strdup (C_("slide", "Why it matters"));
  /* Translators: the slide counter of a presentation: this slide's number, then how many
   * there are, as in "3 / 12". Keep both %u. */
  self->labels[VIGIL_SLIDE_LABEL_COUNTER] = g_strdup (C_("slide", "%u / %u"));
  /* Translators: shown small on the blanked screen during a presentation; B is the key
   * that blanks and unblanks, whatever the language */
  self->labels[VIGIL_SLIDE_LABEL_BLANK_HINT] = g_strdup (C_("slide", "Press B to continue"));
  /* Translators: shown after the last slide of a presentation */
  self->labels[VIGIL_SLIDE_LABEL_END] = g_strdup (C_("slide", "End of the presentation"));
  /* Translators: on the title slide of a lesson to which no guidelines were added yet */
  self->labels[VIGIL_SLIDE_LABEL_EMPTY] = g_strdup (C_("slide", "No guidelines yet"));
  self->labels[VIGIL_SLIDE_LABEL_DEMONSTRATION] =
    /* Translators: marks the practice profile a trainer ticks steps in during a
     * presentation; what is ticked there is thrown away afterwards */
    g_strdup (C_("slide", "Demonstration: nothing is kept"));
  /* Translators: the footer of every page of a lesson's handout, as of a report */
  self->labels[VIGIL_SLIDE_LABEL_PAGE] = g_strdup (_("Page %u of %u"));
}

/* A retired guideline is shown as the guideline that replaced it. */
static VigilGuideline *
resolve_guideline (VigilCatalog *catalog,
                   const char   *id)
{
  VigilGuideline *guideline = vigil_catalog_lookup_guideline (catalog, id);

  for (guint i = 0; guideline != NULL && vigil_guideline_get_retired (guideline); i++)
    {
      const char *replacement = vigil_guideline_get_replaced_by (guideline);
      VigilGuideline *next;

      if (replacement == NULL || i == MAX_REPLACEMENTS)
        break;
      next = vigil_catalog_lookup_guideline (catalog, replacement);
      if (next == NULL)
        break;
      guideline = next;
    }

  return guideline;
}

static VigilSlide *
guideline_slide (VigilGuideline *guideline)
{
  VigilSlide *slide = slide_new (VIGIL_SLIDE_GUIDELINE, vigil_guideline_get_id (guideline),
                                 vigil_guideline_get_title (guideline),
                                 vigil_guideline_get_summary (guideline));
  GListModel *items = vigil_guideline_get_items (guideline);
  GListModel *threats = vigil_guideline_get_threats (guideline);
  guint n_items = g_list_model_get_n_items (items);
  guint n_threats = g_list_model_get_n_items (threats);

  /* Items carry no level of their own: the guidance lists the most important first. */
  for (guint i = 0; i < n_items && slide->steps->len < MAX_STEPS; i++)
    {
      g_autoptr(VigilChecklistItem) item = g_list_model_get_item (items, i);
      VigilSlideStep *step;

      if (vigil_checklist_item_get_retired (item))
        continue;

      step = g_new0 (VigilSlideStep, 1);
      step->item_id = g_strdup (vigil_checklist_item_get_id (item));
      step->title = g_strdup (vigil_checklist_item_get_title (item));
      g_ptr_array_add (slide->steps, step);
    }

  for (guint i = 0; i < n_threats; i++)
    {
      g_autoptr(VigilEntry) threat = g_list_model_get_item (threats, i);

      g_ptr_array_add (slide->why, g_strdup (vigil_entry_get_title (threat)));
    }

  return slide;
}

/* Builds the slides from @catalog, under the language gettext is in now. */
static VigilSlideDeck *
build (VigilCatalog        *catalog,
       const char          *title,
       const char * const  *guideline_ids,
       GError             **error)
{
  g_autoptr(VigilSlideDeck) self = g_object_new (VIGIL_TYPE_SLIDE_DECK, NULL);
  g_autoptr(GHashTable) shown = g_hash_table_new (g_str_hash, g_str_equal);
  g_autofree char *subtitle = NULL;
  guint n_guidelines;

  g_ptr_array_add (self->slides, NULL);

  for (guint i = 0; guideline_ids != NULL && guideline_ids[i] != NULL; i++)
    {
      VigilGuideline *guideline = resolve_guideline (catalog, guideline_ids[i]);

      if (guideline == NULL)
        {
          g_set_error (error, VIGIL_SLIDE_DECK_ERROR, VIGIL_SLIDE_DECK_ERROR_UNKNOWN_ID,
                       _("There is no guideline “%s”."), guideline_ids[i]);
          return NULL;
        }

      /* A lesson may hold a retired guideline and the one replacing it: show it once. */
      if (g_hash_table_add (shown, (gpointer)vigil_guideline_get_id (guideline)))
        g_ptr_array_add (self->slides, guideline_slide (guideline));
    }

  n_guidelines = self->slides->len - 1;
  /* Translators: the subtitle of a presentation's title slide */
  subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u guideline", "%u guidelines",
                                           n_guidelines),
                              n_guidelines);
  g_ptr_array_index (self->slides, 0) = slide_new (VIGIL_SLIDE_TITLE, NULL, title, subtitle);

  fetch_labels (self);

  return g_steal_pointer (&self);
}

static const char *
get_title_for (VigilCatalog *catalog,
               const char   *id)
{
  GObject *object = vigil_catalog_lookup (catalog, id);

  if (VIGIL_IS_GUIDELINE (object))
    return vigil_guideline_get_title (VIGIL_GUIDELINE (object));
  if (VIGIL_IS_SECTION (object))
    return vigil_section_get_title (VIGIL_SECTION (object));
  if (VIGIL_IS_ENTRY (object))
    return vigil_entry_get_title (VIGIL_ENTRY (object));

  return NULL;
}

/* With @id, a deck for that guideline, section or threat, titled after it; otherwise one
 * titled @title over @guideline_ids. */
static VigilSlideDeck *
create (VigilCatalog        *catalog,
        const char          *title,
        const char          *id,
        const char * const  *guideline_ids,
        GError             **error)
{
  g_auto(GStrv) ids = NULL;

  if (id == NULL)
    return build (catalog, title, guideline_ids, error);

  ids = vigil_slide_deck_ids_for (catalog, id);
  if (ids == NULL)
    {
      g_set_error (error, VIGIL_SLIDE_DECK_ERROR, VIGIL_SLIDE_DECK_ERROR_UNKNOWN_ID,
                   "“%s” is no guideline, section or threat", id);
      return NULL;
    }

  return build (catalog, get_title_for (catalog, id), (const char * const *)ids, error);
}

static VigilSlideDeck *
create_in_language (const char          *language,
                    const char          *title,
                    const char          *id,
                    const char * const  *guideline_ids,
                    GError             **error)
{
  g_autoptr(VigilCatalog) catalog = NULL;
  VigilSlideDeck *self;

  if (!_vigil_slide_deck_has_language (language))
    {
      g_set_error (error, VIGIL_SLIDE_DECK_ERROR, VIGIL_SLIDE_DECK_ERROR_UNKNOWN_LANGUAGE,
                   _("Vigil is not installed in the language “%s”."), language);
      return NULL;
    }

  {
    /* Only its cleanup matters: it switches the language back at the end of the block. */
    G_GNUC_UNUSED g_autoptr(VigilLanguageSwitch) saved = _vigil_language_switch_to (language);

    catalog = vigil_catalog_load_default (error);
    if (catalog == NULL)
      return NULL;

    self = create (catalog, title, id, guideline_ids, error);
  }

  if (self != NULL)
    self->language = g_strdup (language);

  return self;
}

static void
vigil_slide_deck_finalize (GObject *object)
{
  VigilSlideDeck *self = (VigilSlideDeck *)object;

  g_clear_pointer (&self->language, g_free);
  g_clear_pointer (&self->slides, g_ptr_array_unref);
  for (guint i = 0; i < VIGIL_SLIDE_N_LABELS; i++)
    g_clear_pointer (&self->labels[i], g_free);

  G_OBJECT_CLASS (vigil_slide_deck_parent_class)->finalize (object);
}

static void
vigil_slide_deck_class_init (VigilSlideDeckClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = vigil_slide_deck_finalize;
}

static void
vigil_slide_deck_init (VigilSlideDeck *self)
{
  /* The title slide is put first once the guidelines are counted; until then a NULL holds
   * its place, which the free function must pass over. */
  self->slides = g_ptr_array_new_with_free_func ((GDestroyNotify)slide_free);
}

/**
 * vigil_slide_deck_new:
 * @catalog: the catalog, in the language to present in
 * @title: the lesson's name, for the title slide
 * @guideline_ids: (nullable) (array zero-terminated=1): the guidelines, in order; a retired
 *   one shows as its replacement, and a guideline already shown is not shown again
 *
 * Returns: (transfer full): the deck, or %NULL with @error set
 *   (%VIGIL_SLIDE_DECK_ERROR_UNKNOWN_ID for an id that is no guideline)
 */
VigilSlideDeck *
vigil_slide_deck_new (VigilCatalog        *catalog,
                      const char          *title,
                      const char * const  *guideline_ids,
                      GError             **error)
{
  VigilSlideDeck *self;

  g_return_val_if_fail (VIGIL_IS_CATALOG (catalog), NULL);
  g_return_val_if_fail (title != NULL, NULL);

  self = create (catalog, title, NULL, guideline_ids, error);
  if (self != NULL)
    self->language = _vigil_slide_deck_dup_current_language ();

  return self;
}

/**
 * vigil_slide_deck_new_in_language:
 * @language: one of vigil_slide_deck_list_languages()
 * @title: the lesson's name, for the title slide (as the trainer wrote it: names are not
 *   translated)
 * @guideline_ids: (nullable) (array zero-terminated=1): as for vigil_slide_deck_new()
 *
 * Like vigil_slide_deck_new(), in another language than the desktop's, for the audience:
 * loads the catalog in @language and fetches the labels in it. To do this it switches the
 * process's language for a moment, so call it from the main thread only, while no other
 * thread translates; the language is back as it was on return.
 *
 * Returns: (transfer full): the deck, or %NULL with @error set
 */
VigilSlideDeck *
vigil_slide_deck_new_in_language (const char          *language,
                                  const char          *title,
                                  const char * const  *guideline_ids,
                                  GError             **error)
{
  g_return_val_if_fail (language != NULL, NULL);
  g_return_val_if_fail (title != NULL, NULL);

  return create_in_language (language, title, NULL, guideline_ids, error);
}

/**
 * vigil_slide_deck_new_for_id:
 * @id: a guideline, section or threat id
 *
 * A deck for one guideline, a whole section or a threat, titled with its title: see
 * vigil_slide_deck_ids_for() for which guidelines it shows.
 *
 * Returns: (transfer full): the deck, or %NULL with @error set
 */
VigilSlideDeck *
vigil_slide_deck_new_for_id (VigilCatalog  *catalog,
                             const char    *id,
                             GError       **error)
{
  VigilSlideDeck *self;

  g_return_val_if_fail (VIGIL_IS_CATALOG (catalog), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  self = create (catalog, NULL, id, NULL, error);
  if (self != NULL)
    self->language = _vigil_slide_deck_dup_current_language ();

  return self;
}

/**
 * vigil_slide_deck_new_for_id_in_language:
 *
 * vigil_slide_deck_new_for_id() in another language; main thread only, as
 * vigil_slide_deck_new_in_language().
 *
 * Returns: (transfer full): the deck, or %NULL with @error set
 */
VigilSlideDeck *
vigil_slide_deck_new_for_id_in_language (const char  *language,
                                         const char  *id,
                                         GError     **error)
{
  g_return_val_if_fail (language != NULL, NULL);
  g_return_val_if_fail (id != NULL, NULL);

  return create_in_language (language, NULL, id, NULL, error);
}

static int
compare_levels (gconstpointer a,
                gconstpointer b)
{
  VigilGuideline *first = *(VigilGuideline * const *)a;
  VigilGuideline *second = *(VigilGuideline * const *)b;

  return (int)vigil_guideline_get_level (first) - (int)vigil_guideline_get_level (second);
}

/**
 * vigil_slide_deck_ids_for:
 * @id: a catalog id
 *
 * The guidelines a presentation started from @id shows:
 * - a guideline: itself;
 * - a section: its guidelines in the section's order;
 * - a threat (or another entry that lists guidelines: an asset, a control): the guidelines
 *   protecting from it, essential first, then recommended, then advanced, each level in
 *   catalog order.
 *
 * Retired guidelines are left out of sections and threats.
 *
 * Returns: (transfer full) (nullable): the guideline ids, possibly none (a section of
 *   articles, a term); %NULL when @id is no guideline, section or entry
 */
GStrv
vigil_slide_deck_ids_for (VigilCatalog *catalog,
                          const char   *id)
{
  g_autoptr(GPtrArray) guidelines = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GStrvBuilder) ids = g_strv_builder_new ();
  GListModel *model = NULL;
  GObject *object;

  g_return_val_if_fail (VIGIL_IS_CATALOG (catalog), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  object = vigil_catalog_lookup (catalog, id);

  if (VIGIL_IS_GUIDELINE (object))
    {
      g_strv_builder_add (ids, id);
      return g_strv_builder_end (ids);
    }
  else if (VIGIL_IS_SECTION (object))
    model = vigil_section_get_guidelines (VIGIL_SECTION (object));
  else if (VIGIL_IS_ENTRY (object))
    model = vigil_entry_get_guidelines (VIGIL_ENTRY (object));
  else
    return NULL;

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      VigilGuideline *guideline = g_list_model_get_item (model, i);

      if (vigil_guideline_get_retired (guideline))
        g_object_unref (guideline);
      else
        g_ptr_array_add (guidelines, guideline);
    }

  /* A section is read in its own order; a threat's guidelines come from all over the
   * catalog, so the ones that matter most go first. g_ptr_array_sort() is stable. */
  if (VIGIL_IS_ENTRY (object))
    g_ptr_array_sort (guidelines, compare_levels);

  for (guint i = 0; i < guidelines->len; i++)
    g_strv_builder_add (ids, vigil_guideline_get_id (g_ptr_array_index (guidelines, i)));

  return g_strv_builder_end (ids);
}

/**
 * vigil_slide_deck_get_n_slides:
 *
 * Returns: how many slides there are, the title slide included (so at least one)
 */
guint
vigil_slide_deck_get_n_slides (VigilSlideDeck *self)
{
  g_return_val_if_fail (VIGIL_IS_SLIDE_DECK (self), 0);

  return self->slides->len;
}

/**
 * vigil_slide_deck_get_slide:
 * @index: from 0, the title slide, to vigil_slide_deck_get_n_slides() - 1
 *
 * Returns: (transfer none): the slide
 */
const VigilSlide *
vigil_slide_deck_get_slide (VigilSlideDeck *self,
                            guint           index)
{
  g_return_val_if_fail (VIGIL_IS_SLIDE_DECK (self), NULL);
  g_return_val_if_fail (index < self->slides->len, NULL);

  return g_ptr_array_index (self->slides, index);
}

/**
 * vigil_slide_deck_get_label:
 *
 * Returns: (transfer none): @label in the deck's language
 */
const char *
vigil_slide_deck_get_label (VigilSlideDeck  *self,
                            VigilSlideLabel  label)
{
  g_return_val_if_fail (VIGIL_IS_SLIDE_DECK (self), NULL);
  g_return_val_if_fail (label < VIGIL_SLIDE_N_LABELS, NULL);

  return self->labels[label];
}

/**
 * vigil_slide_deck_dup_counter:
 * @index: the slide shown
 *
 * Returns: (transfer full): "3 / 12" or its equivalent in the deck's language: @index + 1
 *   out of vigil_slide_deck_get_n_slides()
 */
char *
vigil_slide_deck_dup_counter (VigilSlideDeck *self,
                              guint           index)
{
  g_return_val_if_fail (VIGIL_IS_SLIDE_DECK (self), NULL);

  /* The format is a translation fetched earlier in another language, so the compiler cannot
   * see it; msgfmt --check-format, run on every translation, keeps it to two %u. */
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
  return g_strdup_printf (self->labels[VIGIL_SLIDE_LABEL_COUNTER], index + 1,
                          self->slides->len);
#pragma GCC diagnostic pop
}

/**
 * vigil_slide_deck_get_language:
 *
 * Returns: the language of the deck's text, one of vigil_slide_deck_list_languages()
 */
const char *
vigil_slide_deck_get_language (VigilSlideDeck *self)
{
  g_return_val_if_fail (VIGIL_IS_SLIDE_DECK (self), NULL);

  return self->language;
}
