import { AppBar } from '../ui/app-bar';

// SCAFFOLD: replaced by the real screen.
export function AccountsScreen() {
  return (
    <div className="screen">
      <AppBar />
      <main>AccountsScreen</main>
    </div>
  );
}
