/* vigil-profile-dialog.h
 *
 * Copyright 2026 The Vigil developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "vigil-profile.h"

G_BEGIN_DECLS

/* The response id of the dialog's accepting button */
#define VIGIL_PROFILE_DIALOG_ACCEPT "accept"

GtkWidget        *vigil_profile_dialog_new      (GtkWindow        *parent,
                                                 const char       *heading,
                                                 const char       *body,
                                                 const char       *accept_label,
                                                 const char       *name);
const char       *vigil_profile_dialog_get_name (AdwMessageDialog *dialog);

G_END_DECLS
