import { CADENCE_DAYS, followUpComplaint, liveOrdinaryLife, plainMood, sourMood, surveyAnswers, type DemoStory } from './story-kit';

// Stories about something going wrong: complaints, a sour tone, a bad survey, a customer leaving.
export type TroubleStoryKey = 'silent-complaint' | 'complaint-handled' | 'sour-tone' | 'bad-survey' | 'churned';

export const TROUBLE_STORIES: Record<TroubleStoryKey, DemoStory> = {
  'silent-complaint': {
    description: 'A complaint opened 5–40 days ago is still open and nobody has contacted the customer since.',
    share: 0.06,
    plan: (rng, tier) => {
      const complaintAgo = rng.int(5, 40);
      return {
        createdAgo: rng.int(complaintAgo + 90, 1095),
        status: 'active',
        write(t) {
          const complaintDay = t.lastDay - complaintAgo;
          liveOrdinaryLife(t, rng, CADENCE_DAYS[tier], t.firstDay, complaintDay - 1, {
            outboundGap: 0.6,
            inboundGap: 1,
            mood: plainMood(rng),
            surveys: rng.chance(0.6) ? { quality: 'mixed', until: complaintDay - 1 } : null,
          });
          const opened = t.complaint(complaintDay);
          if (!opened) return;
          for (let i = rng.int(0, 2); i > 0; i--) {
            t.hearFrom(rng.int(opened.day + 2, t.lastDay), 'sour', { topic: 'chaser', issue: opened.issue, notBefore: opened.day + 1, givenSentimentShare: 0.6 });
          }
        },
      };
    },
  },

  'complaint-handled': {
    description: 'A complaint answered with steady contact: still open but we call every few days, or resolved after regular updates.',
    share: 0.06,
    plan: (rng, tier) => {
      const stillOpen = rng.chance(0.5);
      const complaintAgo = stillOpen ? rng.int(6, 35) : rng.int(20, 150);
      return {
        createdAgo: rng.int(complaintAgo + 90, 1095),
        status: 'active',
        write(t) {
          liveOrdinaryLife(t, rng, CADENCE_DAYS[tier], t.firstDay, t.lastDay, {
            outboundGap: 0.55,
            inboundGap: 1,
            mood: plainMood(rng),
            surveys: rng.chance(0.6) ? { quality: 'mixed', until: t.lastDay } : null,
          });
          const opened = t.complaint(t.lastDay - complaintAgo);
          if (!opened) return;
          if (stillOpen) {
            followUpComplaint(t, rng, opened, t.lastDay);
            t.reachOut(t.lastDay - rng.int(0, 3), 'neutral', { topic: 'complaint-update', issue: opened.issue, notBefore: opened.day + 1 });
            return;
          }
          const resolvedDay = Math.min(opened.day + rng.int(7, 28), t.lastDay - 3);
          followUpComplaint(t, rng, opened, resolvedDay - 1);
          t.reachOut(resolvedDay, 'warm', { topic: 'resolution', issue: opened.issue, notBefore: opened.day + 1 });
          opened.resolve(resolvedDay);
        },
      };
    },
  },

  'sour-tone': {
    description: 'Contact cadence is fine, but the last one to two months were a run of negative interactions.',
    share: 0.06,
    plan: (rng, tier) => {
      const sourAgo = rng.int(30, 60);
      return {
        createdAgo: rng.int(sourAgo + 60, 1095),
        status: 'active',
        write(t) {
          const sourFrom = t.lastDay - sourAgo;
          const before = plainMood(rng);
          liveOrdinaryLife(t, rng, CADENCE_DAYS[tier], t.firstDay, t.lastDay, {
            outboundGap: 0.5,
            inboundGap: 1,
            mood: (day) => (day >= sourFrom ? sourMood : before()),
            surveys: rng.chance(0.5) ? { quality: 'mixed', until: sourFrom } : null,
          });
          for (let i = rng.int(3, 5); i > 0; i--) t.hearFrom(rng.int(sourFrom, t.lastDay), 'sour', { givenSentimentShare: 0.8, notBefore: sourFrom });
        },
      };
    },
  },

  'bad-survey': {
    description: 'Contact and tone look fine, but a recent survey says they would not come back or would not refer us.',
    share: 0.05,
    plan: (rng, tier) => {
      const surveyAgo = rng.int(5, 60);
      return {
        createdAgo: rng.int(surveyAgo + 120, 1095),
        status: 'active',
        write(t) {
          const surveyDay = t.lastDay - surveyAgo;
          liveOrdinaryLife(t, rng, CADENCE_DAYS[tier], t.firstDay, t.lastDay, {
            outboundGap: 0.55,
            inboundGap: 1,
            mood: plainMood(rng),
            surveys: { quality: 'mixed', until: surveyDay - 60 },
          });
          t.survey(surveyDay, surveyAnswers(rng, 'bad'), 'sour');
        },
      };
    },
  },

  churned: {
    description: 'Status churned: contact thinned and soured, notice came in, and nothing has happened for months.',
    share: 0.04,
    plan: (rng, tier) => {
      const stopAgo = rng.int(60, 400);
      return {
        createdAgo: rng.int(stopAgo + 180, 1095),
        status: 'churned',
        write(t) {
          const cadence = CADENCE_DAYS[tier];
          const stopDay = t.lastDay - stopAgo;
          const declineFrom = stopDay - rng.int(60, 150);
          liveOrdinaryLife(t, rng, cadence, t.firstDay, declineFrom, {
            outboundGap: 0.6,
            inboundGap: 1,
            mood: plainMood(rng),
            surveys: rng.chance(0.5) ? { quality: 'mixed', until: declineFrom } : null,
          });
          for (const day of t.rhythm(declineFrom, stopDay - 1, cadence * 1.2)) t.reachOut(day, rng.chance(0.5) ? 'sour' : 'neutral');
          if (rng.chance(0.5)) {
            const opened = t.complaint(rng.int(declineFrom, stopDay - 10));
            if (opened && rng.chance(0.7)) opened.resolve(stopDay - rng.int(1, 9));
            if (opened) t.hearFrom(opened.day + rng.int(2, 8), 'sour', { topic: 'chaser', issue: opened.issue, notBefore: opened.day + 1 });
          }
          t.hearFrom(stopDay, 'neutral', { topic: 'notice', channel: 'email' });
          if (rng.chance(0.6)) t.reachOut(stopDay + rng.int(1, 4), 'neutral', { topic: 'exit-call', channel: 'call', notBefore: stopDay });
        },
      };
    },
  },
};
