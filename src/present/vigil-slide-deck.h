/* vigil-slide-deck.h
 *
 * Copyright 2026 The Vigil developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "catalog/vigil-catalog.h"

G_BEGIN_DECLS

#define VIGIL_TYPE_SLIDE_DECK (vigil_slide_deck_get_type())
#define VIGIL_SLIDE_DECK_ERROR (vigil_slide_deck_error_quark ())

/**
 * VigilSlideDeckError:
 * @VIGIL_SLIDE_DECK_ERROR_UNKNOWN_ID: an id that is no guideline (or, for
 *   vigil_slide_deck_new_for_id(), no guideline, section or entry) of the catalog
 * @VIGIL_SLIDE_DECK_ERROR_UNKNOWN_LANGUAGE: a language Vigil is not installed in
 */
typedef enum
{
  VIGIL_SLIDE_DECK_ERROR_UNKNOWN_ID,
  VIGIL_SLIDE_DECK_ERROR_UNKNOWN_LANGUAGE,
} VigilSlideDeckError;

typedef enum
{
  VIGIL_SLIDE_TITLE,
  VIGIL_SLIDE_GUIDELINE,
} VigilSlideKind;

/**
 * VigilSlideStep:
 * @item_id: the checklist item's id, for a demonstration profile to tick
 * @title: what to do
 */
typedef struct
{
  char *item_id;
  char *title;
} VigilSlideStep;

/**
 * VigilSlide:
 * @kind: the title slide (first, and only first) or a guideline's slide
 * @guideline_id: (nullable): the guideline shown; %NULL for the title slide
 * @title: the lesson's name, or the guideline's title
 * @summary: the guideline's summary; for the title slide a subtitle counting the guidelines
 * @steps: (element-type VigilSlideStep): the key steps, at most five, in the catalog's
 *   order (the guidance lists the most important first), retired ones left out; empty on
 *   the title slide
 * @why: (element-type utf8): why it matters: the titles of the threats the guideline
 *   protects from; empty on the title slide
 *
 * Catalog text only: nothing of any profile (notes, owners, names, progress) is on a slide.
 */
typedef struct
{
  VigilSlideKind  kind;
  char           *guideline_id;
  char           *title;
  char           *summary;
  GPtrArray      *steps;
  GPtrArray      *why;
} VigilSlide;

/**
 * VigilSlideLabel:
 * @VIGIL_SLIDE_LABEL_KEY_STEPS: the heading over a slide's steps
 * @VIGIL_SLIDE_LABEL_WHY: the heading over why a guideline matters
 * @VIGIL_SLIDE_LABEL_COUNTER: "%u / %u", the slide's number and the number of slides; see
 *   vigil_slide_deck_dup_counter()
 * @VIGIL_SLIDE_LABEL_BLANK_HINT: what the blanked screen may say
 * @VIGIL_SLIDE_LABEL_END: after the last slide
 * @VIGIL_SLIDE_LABEL_EMPTY: on the title slide of a lesson without guidelines
 * @VIGIL_SLIDE_LABEL_DEMONSTRATION: marks the throwaway demonstration profile on screen
 * @VIGIL_SLIDE_LABEL_PAGE: "Page %u of %u", the footer of every page of the handout: the
 *   page's number and the number of pages
 *
 * The words around the guidance that the audience sees, in the deck's language.
 */
typedef enum
{
  VIGIL_SLIDE_LABEL_KEY_STEPS,
  VIGIL_SLIDE_LABEL_WHY,
  VIGIL_SLIDE_LABEL_COUNTER,
  VIGIL_SLIDE_LABEL_BLANK_HINT,
  VIGIL_SLIDE_LABEL_END,
  VIGIL_SLIDE_LABEL_EMPTY,
  VIGIL_SLIDE_LABEL_DEMONSTRATION,
  VIGIL_SLIDE_LABEL_PAGE,
  VIGIL_SLIDE_N_LABELS,
} VigilSlideLabel;

G_DECLARE_FINAL_TYPE (VigilSlideDeck, vigil_slide_deck, VIGIL, SLIDE_DECK, GObject)

GQuark            vigil_slide_deck_error_quark           (void);
VigilSlideDeck   *vigil_slide_deck_new                   (VigilCatalog        *catalog,
                                                          const char          *title,
                                                          const char * const  *guideline_ids,
                                                          GError             **error);
VigilSlideDeck   *vigil_slide_deck_new_in_language       (const char          *language,
                                                          const char          *title,
                                                          const char * const  *guideline_ids,
                                                          GError             **error);
VigilSlideDeck   *vigil_slide_deck_new_for_id            (VigilCatalog        *catalog,
                                                          const char          *id,
                                                          GError             **error);
VigilSlideDeck   *vigil_slide_deck_new_for_id_in_language (const char         *language,
                                                          const char          *id,
                                                          GError             **error);
GStrv             vigil_slide_deck_ids_for               (VigilCatalog        *catalog,
                                                          const char          *id);
GStrv             vigil_slide_deck_list_languages        (void);
guint             vigil_slide_deck_get_n_slides          (VigilSlideDeck      *self);
const VigilSlide *vigil_slide_deck_get_slide             (VigilSlideDeck      *self,
                                                          guint                index);
const char       *vigil_slide_deck_get_label             (VigilSlideDeck      *self,
                                                          VigilSlideLabel      label);
char             *vigil_slide_deck_dup_counter           (VigilSlideDeck      *self,
                                                          guint                index);
const char       *vigil_slide_deck_get_language          (VigilSlideDeck      *self);

G_END_DECLS
