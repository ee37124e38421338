/* vigil-slide-deck-private.h
 *
 * Copyright 2026 The Vigil developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "vigil-slide-deck.h"

G_BEGIN_DECLS

/* vigil-slide-deck-language.c: gettext in another language for a while, on this thread. */
typedef struct _VigilLanguageSwitch VigilLanguageSwitch;

VigilLanguageSwitch *_vigil_language_switch_to       (const char          *language);
void                 _vigil_language_switch_restore  (VigilLanguageSwitch *saved);
char                *_vigil_slide_deck_dup_current_language (void);
gboolean             _vigil_slide_deck_has_language  (const char          *language);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (VigilLanguageSwitch, _vigil_language_switch_restore)

G_END_DECLS
