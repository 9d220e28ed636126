import 'i18next';
import type common from '../locales/nl/common.json';
import type home from '../locales/nl/home.json';
import type questionnaire from '../locales/nl/questionnaire.json';
import type results from '../locales/nl/results.json';
import type history from '../locales/nl/history.json';
import type instrument from '../locales/nl/instrument.json';
import type modes from '../locales/nl/modes.json';
import type workshop from '../locales/nl/workshop.json';
import type participant from '../locales/nl/participant.json';
import type team from '../locales/nl/team.json';
import type intake from '../locales/nl/intake.json';
import type about from '../locales/nl/about.json';
import type client from '../locales/nl/client.json';
import type shared from '../locales/nl/shared.json';
import type report from '../locales/nl/report.json';
import type presenter from '../locales/nl/presenter.json';
import type hosting from '../locales/nl/hosting.json';
import type privacy from '../locales/nl/privacy.json';
import type density from '../locales/nl/density.json';
import type quality from '../locales/nl/quality.json';
import type overview from '../locales/nl/overview.json';
import type facilitator from '../locales/nl/facilitator.json';
import type script from '../locales/nl/script.json';

// Keys are typed from Dutch, the product's first language; a unit test holds English to the same keys.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: {
      common: typeof common;
      home: typeof home;
      questionnaire: typeof questionnaire;
      results: typeof results;
      history: typeof history;
      instrument: typeof instrument;
      modes: typeof modes;
      workshop: typeof workshop;
      participant: typeof participant;
      team: typeof team;
      intake: typeof intake;
      about: typeof about;
      client: typeof client;
      shared: typeof shared;
      report: typeof report;
      presenter: typeof presenter;
      hosting: typeof hosting;
      privacy: typeof privacy;
      density: typeof density;
      quality: typeof quality;
      overview: typeof overview;
      facilitator: typeof facilitator;
      script: typeof script;
    };
  }
}
