import { CADENCE_DAYS, followUpComplaint, liveOrdinaryLife, plainMood, surveyAnswers, warmMood, type DemoStory } from './story-kit';

// Stories about how often we reach out: steady care, fading care, no care.
export type RhythmStoryKey = 'steady-happy' | 'attentive-then-silent' | 'inbound-only' | 'brand-new' | 'never-cared-for';

export const RHYTHM_STORIES: Record<RhythmStoryKey, DemoStory> = {
  'steady-happy': {
    description: 'Contact within the tier cadence throughout, a warm tone and good survey answers.',
    share: 0.45,
    plan: (rng, tier) => ({
      createdAgo: rng.int(22, 1095),
      status: 'active',
      write(t) {
        const cadence = CADENCE_DAYS[tier];
        const surveyed = rng.chance(0.8);
        liveOrdinaryLife(t, rng, cadence, t.firstDay, t.lastDay, {
          outboundGap: 0.55,
          inboundGap: 1,
          mood: warmMood(rng),
          surveys: surveyed ? { quality: 'good', until: t.lastDay } : null,
        });
        // Happy customers complain too; what keeps them happy is a quick fix.
        if (rng.chance(0.15) && t.lastDay - 60 > t.firstDay) {
          const opened = t.complaint(rng.int(t.firstDay, t.lastDay - 60));
          if (opened) {
            const resolvedDay = opened.day + rng.int(2, 7);
            followUpComplaint(t, rng, opened, resolvedDay - 1);
            t.reachOut(resolvedDay, 'warm', { topic: 'resolution', issue: opened.issue, notBefore: opened.day + 1 });
            opened.resolve(resolvedDay);
          }
        }
      },
    }),
  },

  'attentive-then-silent': {
    description: 'Frequent contact in the first months, then thinning out until our last contact is 1.5–4 cadences ago.',
    share: 0.15,
    plan: (rng, tier) => {
      const cadence = CADENCE_DAYS[tier];
      const lastOutboundAgo = Math.round(cadence * rng.float(1.5, 4));
      return {
        createdAgo: rng.int(Math.min(lastOutboundAgo + 200, 700), 725),
        status: 'active',
        write(t) {
          const lastOutbound = t.lastDay - lastOutboundAgo;
          const attentiveUntil = Math.min(t.firstDay + rng.int(60, 270), lastOutbound - Math.max(60, cadence));
          t.reachOut(t.firstDay, 'warm', { topic: 'welcome' });
          for (const day of t.rhythm(t.firstDay + 2, attentiveUntil, cadence * 0.3)) t.reachOut(day, 'warm');
          // Walk back from the last contact with gaps shrinking towards the attentive rhythm.
          let gap = cadence * rng.float(0.9, 1.3);
          for (let day = lastOutbound; day > attentiveUntil; day -= Math.round(gap)) {
            t.reachOut(day, rng.chance(0.6) ? 'neutral' : 'warm');
            gap = Math.max(cadence * 0.35, gap * 0.8);
          }
          for (const day of t.rhythm(t.firstDay + 7, lastOutbound, cadence * 1.2, 0.6)) t.hearFrom(day, 'neutral');
          if (rng.chance(0.4)) t.hearFrom(rng.int(lastOutbound + 1, t.lastDay), 'neutral', { notBefore: lastOutbound + 1 });
          if (rng.chance(0.6)) t.survey(rng.int(t.firstDay + 20, attentiveUntil), surveyAnswers(rng, 'good'), 'warm');
        },
      };
    },
  },

  'inbound-only': {
    description: 'The customer keeps calling and writing, but we have not reached out for months.',
    share: 0.05,
    plan: (rng, tier) => {
      const lastOutboundAgo = rng.int(95, 220);
      return {
        createdAgo: rng.int(lastOutboundAgo + 90, 1095),
        status: 'active',
        write(t) {
          const cadence = CADENCE_DAYS[tier];
          const lastOutbound = t.lastDay - lastOutboundAgo;
          liveOrdinaryLife(t, rng, cadence, t.firstDay, lastOutbound - 1, {
            outboundGap: 0.6,
            inboundGap: 1,
            mood: plainMood(rng),
            surveys: rng.chance(0.5) ? { quality: 'mixed', until: lastOutbound } : null,
          });
          t.reachOut(lastOutbound, 'neutral');
          const customerGap = Math.min(20, Math.max(7, cadence * 0.5));
          for (const day of t.rhythm(lastOutbound + 3, t.lastDay, customerGap, 0.5)) {
            t.hearFrom(day, rng.chance(0.7) ? 'neutral' : 'sour', { notBefore: lastOutbound + 1 });
          }
          t.hearFrom(t.lastDay - rng.int(1, 20), 'neutral', { notBefore: lastOutbound + 1 });
        },
      };
    },
  },

  'brand-new': {
    description: 'Created in the last three weeks, with at most a welcome call and a first question.',
    share: 0.03,
    plan: (rng) => ({
      createdAgo: rng.int(0, 20),
      status: 'active',
      write(t) {
        const touches = rng.weighted([[0, 25], [1, 40], [2, 35]] as const);
        if (touches >= 1) t.reachOut(t.firstDay + rng.int(0, 3), 'warm', { topic: 'welcome' });
        if (touches >= 2) t.hearFrom(t.firstDay + rng.int(4, 12), 'neutral', { topic: 'question' });
      },
    }),
  },

  'never-cared-for': {
    description: 'A long-tail account contacted rarely all along: not decaying, just never looked after.',
    share: 0.05,
    longTailOnly: true,
    plan: (rng, tier) => ({
      createdAgo: rng.int(300, 1095),
      status: 'active',
      write(t) {
        const cadence = CADENCE_DAYS[tier];
        for (const day of t.rhythm(t.firstDay, t.lastDay, cadence * 1.8, 0.3)) t.reachOut(day, 'neutral', { channel: 'email' });
        for (const day of t.rhythm(t.firstDay, t.lastDay, cadence * 2, 0.6)) t.hearFrom(day, 'neutral');
      },
    }),
  },
};
