/* vigil-onboarding.h
 *
 * Copyright 2026 The Vigil developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "vigil-context.h"

G_BEGIN_DECLS

typedef enum
{
  /* Who Vigil is for, a name, devices and situation; sets up the current profile */
  VIGIL_ONBOARDING_FIRST_RUN,
  /* The current profile's name, devices and situation, to change them */
  VIGIL_ONBOARDING_EDIT,
  /* All the questions, for another profile; emits VigilOnboarding::profile-created */
  VIGIL_ONBOARDING_NEW_PROFILE,
} VigilOnboardingMode;

#define VIGIL_TYPE_ONBOARDING (vigil_onboarding_get_type())

G_DECLARE_FINAL_TYPE (VigilOnboarding, vigil_onboarding, VIGIL, ONBOARDING, AdwWindow)

VigilOnboarding *vigil_onboarding_new          (GtkWindow           *parent,
                                                VigilContext        *context,
                                                VigilOnboardingMode  mode);
const char      *vigil_onboarding_get_page     (VigilOnboarding     *self);
gboolean         vigil_onboarding_needed       (VigilContext        *context);

G_END_DECLS
