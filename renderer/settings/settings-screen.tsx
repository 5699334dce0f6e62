import { AppBar } from '../ui/app-bar';

// SCAFFOLD: replaced by the real screen.
export function SettingsScreen() {
  return (
    <div className="screen">
      <AppBar />
      <main>SettingsScreen</main>
    </div>
  );
}
