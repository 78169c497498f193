// The copy path picture on the results page: its nodes, accounts, caption and the list that reads it out.

const words = {
  'diagram.title': 'The copy path',
  'diagram.intro': 'Each arrow is one step of the copy, labelled with the check that decides it and that check’s status.',
  'diagram.select': 'Select a label to open its step.',
  'diagram.walkthrough':
    'How to read the picture: the resource is backed up into the source vault, the copy job’s role starts the copy, and the copy crosses into the destination vault. The destination account’s AWSServiceRoleForBackup does the work, using the source key. The management account’s rules apply to both accounts. Start with the arrows marked Fail.',
  'diagram.img': 'Picture of the copy path: each arrow is a step of the copy, labelled with its check and status. The list after it says the same in words.',
  'diagram.listTitle': 'The copy path in words',
  'diagram.item': '{check}: {status}, from {from} to {to}',
  'diagram.link': '{status}: {check}, from {from} to {to}',
  'diagram.nodeIn': '{node} ({account})',
  'diagram.idUnknown': 'ID not given',
  'diagram.account.source': 'Source account',
  'diagram.account.destination': 'Destination account',
  'diagram.account.management': 'Management account',
  'diagram.node.organization': 'Organization',
  'diagram.node.crossAccountSetting': 'Cross-account backup setting',
  'diagram.node.organizationPolicies': 'SCPs and RCPs',
  'diagram.node.tagPolicies': 'Tag policies',
  'diagram.node.memberAccounts': 'Source and destination accounts',
  'diagram.node.resource': 'Resource',
  'diagram.node.copyRole': 'Copy job role',
  'diagram.node.sourceVault': 'Source vault',
  'diagram.node.sourceKey': 'Source KMS key',
  'diagram.node.destinationVault': 'Destination vault',
  'diagram.node.vaultKey': 'Vault key',
  'diagram.node.serviceRole': 'Service-linked role',
};
export default words;
