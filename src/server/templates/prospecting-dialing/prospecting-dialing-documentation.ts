/** The documentation of the Prospecting dialing template (DOMAIN.md's worked example): objective, roles, tools, metrics, KPIs and each step's guidance. */
import type { ProcessDocumentationInput } from '../../../api/schemas/process-documentation.ts';

/** Lane ids of prospecting-dialing.bpmn. */
const VIRTUAL_PROFESSIONAL = 'Lane_VirtualProfessional';
const AGENT = 'Lane_Agent';
const TEAM_LEAD = 'Lane_TeamLead';

/** `scriptIds` is filled in when the template is seeded, with the id of its call script. */
export const prospectingDialingDocumentation: Omit<ProcessDocumentationInput, 'scriptIds'> = {
  objective: [
    'Turn a campaign\'s call list into **qualified leads** that an agent follows up **within one hour**.',
    '',
    'The virtual professional builds and scrubs the list, dials it in blocked sessions and logs a disposition for every dial.',
    'A conversation with a motivated owner and a timeline becomes a lead, handed to the agent with notes.',
    'Effort (dials), list quality (talk-to rate) and conversation quality (lead rate) are tracked so the team lead can tell a VA problem from a script or a list problem.',
  ].join('\n'),
  roles: [
    {
      laneId: VIRTUAL_PROFESSIONAL,
      responsibilities: [
        '- Build the call list from the campaign\'s lead source; skip-trace and de-duplicate it.',
        '- Scrub it against the national and internal do-not-call lists (data at most 31 days old) and assign each number its time zone.',
        '- Run the dialing sessions with the current script; log a disposition for **every** dial.',
        '- Hand off every lead the same session, with motivation, timeline, price and location.',
        '- Log every requested callback with its time in the dialing tracker (the call comes back to you as a task then); honour every do-not-call request at once.',
      ].join('\n'),
    },
    {
      laneId: AGENT,
      responsibilities: ['- Set the campaign: lead source, target area, script.', '- Follow up each lead within one hour of the hand-off and record the outcome.'].join('\n'),
    },
    {
      laneId: TEAM_LEAD,
      responsibilities: [
        '- Review every lead not followed up within the hour: coach the agent or reassign the lead.',
        '- Watch the KPIs weekly; compare lead rate across VAs, scripts and lists before drawing conclusions.',
      ].join('\n'),
    },
  ],
  tools: [
    { key: 'dialer', name: 'Dialer', url: '', purpose: 'Places the calls and records call duration.', laneIds: [VIRTUAL_PROFESSIONAL] },
    { key: 'crm', name: 'CRM', url: '', purpose: 'Holds contacts, notes, leads and appointments.', laneIds: [VIRTUAL_PROFESSIONAL, AGENT, TEAM_LEAD] },
    { key: 'leadSource', name: 'Lead source', url: '', purpose: 'Expired listings, FSBO, pre-foreclosure, circle prospecting or sphere records.', laneIds: [VIRTUAL_PROFESSIONAL, AGENT] },
    { key: 'dncScrub', name: 'DNC scrub', url: '', purpose: 'Checks numbers against the national and internal do-not-call lists.', laneIds: [VIRTUAL_PROFESSIONAL] },
  ],
  counters: [{ key: 'dials', label: 'Dials' }],
  dispositions: [
    { key: 'noAnswer', label: 'No answer', countsAs: [] },
    { key: 'voicemail', label: 'Voicemail', countsAs: [] },
    { key: 'busy', label: 'Busy', countsAs: [] },
    { key: 'badNumber', label: 'Bad number', countsAs: [] },
    { key: 'wrongNumber', label: 'Wrong number', countsAs: [] },
    { key: 'notInterested', label: 'Not interested', countsAs: ['talkTo'] },
    { key: 'callbackRequested', label: 'Callback requested', countsAs: ['talkTo', 'callback'] },
    { key: 'doNotCall', label: 'Do-not-call request', countsAs: ['talkTo', 'doNotCall'] },
    { key: 'alreadyListed', label: 'Already listed', countsAs: ['talkTo'] },
    { key: 'lead', label: 'Lead', countsAs: ['talkTo', 'lead'] },
    { key: 'appointmentSet', label: 'Appointment set', countsAs: ['talkTo', 'lead', 'appointmentSet'] },
  ],
  kpis: [
    // Cold and circle lists answer 8-18 % of dials, expired about 10-12 %.
    { key: 'talkToRate', label: 'Talk-to rate', numerator: 'talkTo', denominator: 'dials', targets: [{ period: 'week', value: 0.12 }] },
    // Cold: 1.5-3 % of talk-to's become leads (1,000 dials -> ~120 talk-to's -> ~3 leads).
    { key: 'leadRate', label: 'Lead rate', numerator: 'lead', denominator: 'talkTo', targets: [{ period: 'week', value: 0.025 }] },
    // Manual dialing: 40-50 dials per phone-hour.
    { key: 'dialsPerPhoneHour', label: 'Dials per phone-hour', numerator: 'dials', denominator: 'phoneHours', targets: [{ period: 'day', value: 45 }] },
  ],
  steps: {
    SetCampaign: {
      instructions: 'Choose the **lead source** (expired listings, FSBO, pre-foreclosure, circle prospecting, sphere), the target area and the script version, and tell the VA.',
      checklist: ['Lead source chosen', 'Target area set', 'Script version named'],
      toolKeys: ['leadSource', 'crm'],
    },
    BuildCallList: {
      instructions: 'Pull the records from the lead source, skip-trace the phone numbers and remove duplicates (against the list and the CRM).',
      checklist: ['Records pulled', 'Numbers skip-traced', 'Duplicates removed'],
      toolKeys: ['leadSource', 'crm'],
    },
    ScrubList: {
      instructions: 'Scrub every number against the **national** (data at most 31 days old) and the **internal** do-not-call lists, then assign each number its time zone.',
      checklist: ['National DNC data is at most 31 days old', 'Internal DNC list applied', 'Time zone set on every number'],
      toolKeys: ['dncScrub'],
    },
    DialingSession: {
      instructions: [
        'Block the time and dial the list with the current script.',
        '',
        '- Call only between **08:00 and 21:00 in the called party\'s time zone**.',
        '- Log a disposition for **every** dial. A voicemail is not a talk-to.',
        '- Best windows: late afternoon (16-18h local), mid-week.',
      ].join('\n'),
      checklist: ['Script open', 'Calling window checked for the list\'s time zones'],
      toolKeys: ['dialer', 'crm'],
      metricKeys: ['dials', 'dispositions'],
    },
    LeadHandedOff: {
      instructions: 'Each lead a VA saves in the dialing tracker starts its own follow-up here, with the lead\'s details.',
      checklist: [],
      toolKeys: [],
      metricKeys: [],
    },
    HandOffLead: {
      instructions: 'Record the lead in the CRM with **motivation, timeline, price and location**, in the owner\'s words, and hand it to the agent now.',
      checklist: ['Motivation noted', 'Timeline noted', 'Price expectation noted', 'Best callback number confirmed'],
      toolKeys: ['crm'],
      metricKeys: ['lead'],
      dueIn: 'PT15M',
    },
    FollowUpLead: {
      instructions:
        'Call the lead back **within one hour** of the hand-off. Past the hour the team lead is told. A lead saved in the dialing tracker arrives here on its own (the lead\'s name, phone, motivation and timeline are in the run\'s variables).',
      checklist: ['Lead called', 'Outcome recorded in the CRM'],
      toolKeys: ['crm'],
      dueIn: 'PT1H',
    },
    ReviewLateFollowUp: {
      instructions: 'A lead waited more than an hour. Find out why, then coach the agent or reassign the lead.',
      checklist: ['Reason for the delay known', 'Lead followed up or reassigned'],
      toolKeys: ['crm'],
      dueIn: 'PT4H',
    },
    LogSessionResults: {
      instructions:
        'Note anything the list or the script taught you. Callbacks logged in the dialing tracker come back to you as **Call back** tasks at their time; note in the CRM any callback you could not log there.',
      checklist: ['Every requested callback logged with its time', 'Notes on list and script written'],
      toolKeys: ['crm'],
    },
    CallbackRequested: {
      instructions:
        'Each callback a VA logs in the dialing tracker (a disposition that counts as a callback, with the time the owner asked for) starts its own run here, with `callbackAt`, `callbackPhone`, `callbackNote`, `list` and `sourceTaskId` in its variables.',
      checklist: [],
      toolKeys: [],
      metricKeys: [],
    },
    CallBack: {
      instructions: [
        'The owner asked you to call back **at this task\'s due time**: it sits in your Work list until then, and turns overdue once the time has passed, so call as close to it as you can.',
        '',
        '- The number and your note are under *About this run* at the top of the task; the number is already in the tracker, where the compliance guard checks it before you dial.',
        '- Open with the script\'s **Callback** line (section 7), then pick up at Motivation and Timeline.',
        '- Log the call\'s disposition with the tracker on this page: a lead hands it to the agent, another callback comes back to you at its new time, a do-not-call request applies to the whole team at once.',
      ].join('\n'),
      checklist: ['Called at the time asked', 'Disposition logged in the tracker'],
      toolKeys: ['dialer', 'crm'],
      metricKeys: ['dispositions'],
      assignTo: { mode: 'starter' },
    },
  },
};
