import { AppBar } from '../ui/app-bar';

// SCAFFOLD: replaced by the real screen.
export function AccountScreen({ accountId }: { accountId: number }) {
  return (
    <div className="screen">
      <AppBar />
      <main>Account {accountId}</main>
    </div>
  );
}
