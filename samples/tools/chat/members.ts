/**
 * @module samples/tools/chat/members
 * Campaign members outside the mailbox (placeholder until the chat generator exists).
 */
export function chatCampaignMembers(): [string, string[]][] {
  return [];
}
