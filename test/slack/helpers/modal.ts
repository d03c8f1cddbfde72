// Interaction payloads from a modal, shaped like Slack's: a select changed inside the view
// (block_actions), an external select's search (block_suggestion) and the submission.
/* eslint-disable @typescript-eslint/no-explicit-any */

const user = { id: 'U1', username: 'reporter', name: 'reporter', team_id: 'T1' };
const form = (payload: unknown) => new URLSearchParams({ payload: JSON.stringify(payload) }).toString();

/** The view as Slack echoes it back: what the bot sent, plus id, hash and state. */
export function echoedView(view: any, values: Record<string, Record<string, unknown>> = {}): any {
  return { id: 'V1', hash: 'h1', team_id: 'T1', app_id: 'A1', ...view, state: { values } };
}

export function selectInView(view: any, actionId: string, blockId: string, option: { text: any; value: string }): string {
  return form({
    type: 'block_actions',
    api_app_id: 'A1',
    team: { id: 'T1', domain: 'newsroom' },
    user,
    trigger_id: '1.2.4',
    container: { type: 'view', view_id: 'V1' },
    view: echoedView(view),
    actions: [{ type: 'static_select', action_id: actionId, block_id: blockId, selected_option: option, action_ts: '1.4' }],
  });
}

export function suggestion(actionId: string, blockId: string, value: string, view: any): string {
  return form({
    type: 'block_suggestion',
    api_app_id: 'A1',
    team: { id: 'T1', domain: 'newsroom' },
    user,
    action_id: actionId,
    block_id: blockId,
    value,
    container: { type: 'view', view_id: 'V1' },
    view: echoedView(view),
  });
}

export function submission(view: any, values: Record<string, Record<string, unknown>>, userId = 'U1'): string {
  return form({
    type: 'view_submission',
    api_app_id: 'A1',
    team: { id: 'T1', domain: 'newsroom' },
    user: { ...user, id: userId },
    trigger_id: '1.2.5',
    view: echoedView(view, values),
    response_urls: [],
  });
}
